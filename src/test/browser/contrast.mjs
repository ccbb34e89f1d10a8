// Is text readable? The WCAG contrast ratio of an element's text colour against the colour
// actually behind it: the element's own background, blended over its ancestors' up to the page.
// Runs inside the page (pass contrastOf to page.evaluate / locator.evaluate).
export function contrastOf(element) {
  const parse = text => {
    const m = text.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const parts = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
  };
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = i => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const layers = [];
  for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
    layers.push(parse(getComputedStyle(node).backgroundColor));
  }
  let background = [255, 255, 255, 1];   // the canvas under everything
  for (const layer of layers.reverse()) background = over(layer, background);
  const text = over(parse(getComputedStyle(element).color), background);
  const luminance = ([r, g, b]) => {
    const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [light, dark] = [luminance(text), luminance(background)].sort((x, y) => y - x);
  return {
    ratio: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100,
    text: `rgb(${text.slice(0, 3).map(Math.round).join(',')})`,
    background: `rgb(${background.slice(0, 3).map(Math.round).join(',')})`,
  };
}
