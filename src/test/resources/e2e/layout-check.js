// Geometry of the lab as laid out now: what overlaps, what text is clipped, which drawings are too small.
// Returns a list of problems as text, [] when the layout holds. Run with executeScript in the lab's page.
(function (minCanvasHeight) {
  const problems = [];
  const visible = (el) => {
    if (!el.getClientRects().length) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;   // 1 px boxes are screen-reader-only text, not on screen
  };
  // A control placed on its own drawing by design (the cost chart's "log scale" toggle): absolutely
  // positioned in the box that holds the canvas.
  const overlayOn = (el, canvas) => canvas.tagName === 'CANVAS' && el.parentElement === canvas.parentElement
      && getComputedStyle(el).position === 'absolute';
  const name = (el) => {
    const role = el.getAttribute('data-role');
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 30);
    return el.tagName.toLowerCase() + (role ? '[' + role + ']' : '') + (el.className && typeof el.className === 'string'
        ? '.' + el.className.trim().split(/\s+/).join('.') : '') + (text ? ' "' + text + '"' : '');
  };
  // Clipped by an ancestor that scrolls or hides overflow: part of the control is not on screen.
  const visibleRect = (el) => {
    let r = el.getBoundingClientRect();
    let box = {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
    for (let p = el.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        const q = p.getBoundingClientRect();
        box = {left: Math.max(box.left, q.left), top: Math.max(box.top, q.top),
               right: Math.min(box.right, q.right), bottom: Math.min(box.bottom, q.bottom)};
      }
    }
    return box;
  };
  const lab = document.querySelector('.backprop-lab') || document.body;
  const controls = Array.from(lab.querySelectorAll('button, input:not([type=hidden]), select, textarea, canvas'))
      .filter(visible).filter((el) => !el.closest('[hidden]'));
  const rects = controls.map((el) => visibleRect(el));
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const a = rects[i], b = rects[j];
      if (controls[i].contains(controls[j]) || controls[j].contains(controls[i])) continue;
      if (overlayOn(controls[i], controls[j]) || overlayOn(controls[j], controls[i])) continue;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) {
        problems.push('overlap: ' + name(controls[i]) + ' and ' + name(controls[j]) + ' (' + Math.round(w) + '×'
            + Math.round(h) + ' px)');
      }
    }
  }
  // Text that does not fit its box: an element with its own text whose content is wider than the box and cut.
  for (const el of lab.querySelectorAll('*')) {
    if (!visible(el) || el.closest('[hidden]')) continue;
    if (/^(INPUT|SELECT|TEXTAREA|CANVAS|svg|math|OPTION)$/i.test(el.tagName)) continue;
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!ownText) continue;
    const s = getComputedStyle(el);
    if (s.overflowX === 'auto' || s.overflowX === 'scroll') continue;   // a scroll box shows all of it
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && s.display !== 'inline') {
      problems.push('text clipped: ' + name(el) + ' needs ' + el.scrollWidth + ' px, has ' + el.clientWidth);
    }
    // One letter per line: a text box squeezed narrower than its longest word.
    const r = el.getBoundingClientRect();
    const lineHeight = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.2;
    const longestWord = Math.max(...el.textContent.trim().split(/\s+/).map((w) => w.length));
    if (longestWord >= 6 && r.width < parseFloat(s.fontSize) * 2.5 && r.height > 3 * lineHeight) {
      problems.push('text squeezed: ' + name(el) + ' is ' + Math.round(r.width) + ' px wide');
    }
  }
  // The drawings a student reads: large enough, and inside the page's width.
  for (const canvas of lab.querySelectorAll('.bl-network-panel canvas, .bl-cost-panel canvas')) {
    if (!visible(canvas) || canvas.closest('[hidden]')) continue;
    const r = canvas.getBoundingClientRect();
    if (r.height < minCanvasHeight) {
      problems.push('too small: ' + name(canvas) + ' in ' + name(canvas.closest('section, div')) + ' is '
          + Math.round(r.width) + '×' + Math.round(r.height) + ' px');
    }
    // Drawn past its panel's border: the axis title at the canvas's edge ends up outside the panel or the page.
    const panel = canvas.closest('.bl-panel').getBoundingClientRect();
    if (r.bottom > panel.bottom + 1 || r.right > panel.right + 1 || r.top < panel.top - 1 || r.left < panel.left - 1) {
      problems.push('drawn past its panel: ' + name(canvas) + ' ends at ' + Math.round(r.bottom) + ' px, its panel at '
          + Math.round(panel.bottom) + ' px');
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1) {
    problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px in a '
        + window.innerWidth + ' px window');
  }
  return problems;
})(arguments[0]);
