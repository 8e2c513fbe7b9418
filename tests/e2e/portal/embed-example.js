// The mock portal's own script (tests/e2e/portal/embed-example.html, served by the E2E tests at the app's origin). It notes what the page
// looks like before nianbao is loaded, loads it, mounts a validator into its own container,
// points the iframe at nianbao's frame page, and exposes all of it to the tests.

/** What nianbao must leave alone: globals, stylesheets, and the portal's own elements' boxes
 * and styles. */
function snapshot() {
  const box = (selector) => {
    const r = document.querySelector(selector).getBoundingClientRect();
    return [r.left, r.top, r.width, r.height].map(Math.round);
  };
  const style = (selector, property) => getComputedStyle(document.querySelector(selector))[property];
  return {
    globals: Object.keys(window).filter((k) => k !== 'portal').sort(),
    styleSheets: document.styleSheets.length,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    header: box('#portal-header'),
    headingFont: style('#portal-header h1', 'fontSize'),
    tableDisplay: style('#portal-table', 'display'),
    statusFloat: style('#portal-status', 'float'),
    bodyFont: style('body', 'fontFamily'),
  };
}

const before = snapshot();
const { check, mount } = await import('./embed/nianbao.js');
const results = [];
const validator = mount(document.getElementById('mount-here'), { lang: 'zh', onResult: (report) => results.push(report) });
document.getElementById('nianbao-frame').src = `embed/frame.html?origins=${encodeURIComponent(location.origin)}`;
window.portal = { check, mount, validator, results, before, snapshot };
document.getElementById('portal-status').textContent = '检查工具已就绪';
