"""Builds the binary test inputs of tests/fixtures/inputs from the text seeds:
a GBK-encoded copy of seed 002 and a .docx of seed 003's tables (merged cells as gridSpan/vMerge).
Run: python3 scripts/make_fixtures.py  (the outputs are committed; this documents how they were made)."""
import os
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(__file__), "..")
FIX = os.path.join(ROOT, "tests", "fixtures")
OUT = os.path.join(FIX, "inputs")
os.makedirs(OUT, exist_ok=True)

seed2 = open(os.path.join(FIX, "002_f5a9199cbe66440d.txt"), encoding="utf-8").read()
open(os.path.join(OUT, "002-gbk.txt"), "wb").write(seed2.encode("gb18030"))


def para(text):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(text)


def cell(text, span=1, vmerge=None):
    props = '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    body = para(text) if text else "<w:p/>"
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (props, body)


def table(rows):
    return "<w:tbl>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"


zero7 = [cell("0") for _ in range(7)]
t3_rows = [
    [cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, "restart"), cell("申请人情况", 7)],
    [cell("", 3, "continue"), cell("自然人", 1, "restart"), cell("法人或其他组织", 5), cell("总计", 1, "restart")],
    [cell("", 3, "continue"), cell("", 1, "continue")] + [cell(x) for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]] + [cell("", 1, "continue")],
    [cell("一、本年新收政府信息公开申请数量", 3), cell("2")] + [cell("0") for _ in range(5)] + [cell("2")],
    [cell("二、上年结转政府信息公开申请数量", 3)] + zero7,
    [cell("三、本年度办理结果", 1, "restart"), cell("（一）予以公开", 2), cell("2")] + [cell("0") for _ in range(5)] + [cell("2")],
]
items = [("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None)]
groups = [
    ("（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                  "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
    ("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
    ("（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                  "5.要求行政机关确认或重新出具已获取信息"]),
    ("（六）其他处理", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                  "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]),
]
t3_rows.append([cell("", 1, "continue"), cell(items[0][0], 2)] + zero7)
for group, labels in groups:
    for i, label in enumerate(labels):
        first = cell(group, 1, "restart") if i == 0 else cell("", 1, "continue")
        t3_rows.append([cell("", 1, "continue"), first, cell(label)] + zero7)
t3_rows.append([cell("", 1, "continue"), cell("（七）总计", 2), cell("2")] + [cell("0") for _ in range(5)] + [cell("2")])
t3_rows.append([cell("四、结转下年度继续办理", 3)] + zero7)

res = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
t4_rows = [
    [cell("行政复议", 5), cell("行政诉讼", 10)],
    [cell(r, 1, "restart") for r in res] + [cell("未经复议直接起诉", 5), cell("复议后起诉", 5)],
    [cell("", 1, "continue") for _ in res] + [cell(r) for r in res + res],
    [cell("0") for _ in range(15)],
]
t2_rows = [
    [cell("第二十条第（一）项", 4)],
    [cell("信息内容"), cell("本年制发件数"), cell("本年废止件数"), cell("现行有效件数")],
    [cell("规章"), cell("0"), cell("0"), cell("0")],
    [cell("行政规范性文件"), cell("1"), cell("0"), cell("5")],
    [cell("第二十条第（五）项", 4)],
    [cell("信息内容"), cell("本年处理决定数量", 3)],
    [cell("行政许可"), cell("12", 3)],
    [cell("第二十条第（六）项", 4)],
    [cell("信息内容"), cell("本年处理决定数量", 3)],
    [cell("行政处罚"), cell("3", 3)],
    [cell("行政强制"), cell("0", 3)],
    [cell("第二十条第（八）项", 4)],
    [cell("信息内容"), cell("本年收费金额（单位：万元）", 3)],
    [cell("行政事业性收费"), cell("0", 3)],
]
body = "".join([
    para("示例县文化和旅游局2023年政府信息公开工作年度报告"),
    para("本报告中所列数据的统计期限为2023年1月1日至2023年12月31日。"),
    para("一、总体情况"),
    para("2023年，示例县文化和旅游局共收到政府信息公开申请2件，均予以公开。"),
    para("二、主动公开政府信息情况"), table(t2_rows),
    para("三、收到和处理政府信息公开申请情况"), table(t3_rows),
    para("四、政府信息公开行政复议、行政诉讼情况"), table(t4_rows),
    para("五、存在的主要问题及改进情况"), para("信息更新不够及时，下一步将加强审核与培训。"),
    para("六、其他需要报告的事项"), para("2023年，本机关未收取信息处理费。"),
    para("示例县文化和旅游局"), para("2024年1月15日"),
])
document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
with zipfile.ZipFile(os.path.join(OUT, "sample-2023.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
    z.writestr("word/document.xml", document)
