// The mock portal's own script (web/embed-example.html, tests only): it imports nianbao's
// module and exposes check() to the page, as a portal's submission form would use it.
import { check } from './embed/nianbao.js';

window.portal = { check };
document.getElementById('portal-status').textContent = '检查工具已就绪';
