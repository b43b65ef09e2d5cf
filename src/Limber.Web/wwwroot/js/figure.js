// The exercise figure: mirrored for the right side, and one still pose when the person prefers
// reduced motion (an SVG inside <img> does not reliably see that preference, so the server draws
// the still pose on request). Also names every figure a session can show, for the offline cache.
const REDUCE = '(prefers-reduced-motion: reduce)';

export const prefersStill = () => !!window.matchMedia?.(REDUCE).matches;

/** The address of a record's figure. */
export function figureUrl(id, { mirror = false, still = false } = {}) {
  const query = [mirror ? 'mirror=1' : '', still ? 'still=1' : ''].filter(Boolean).join('&');
  return `/figures/${encodeURIComponent(id)}.svg${query ? `?${query}` : ''}`;
}

/**
 * Every figure the session may show: each exercise and its easier variant, mirrored too when it
 * is done on each side, moving and still, and the warm-up's.
 */
export function sessionFigureUrls(session) {
  const urls = new Set();
  const addAll = (id, each) => {
    for (const still of [false, true]) {
      urls.add(figureUrl(id, { still }));
      if (each) urls.add(figureUrl(id, { mirror: true, still }));
    }
  };
  if (session.warmUp?.therapyId) addAll(session.warmUp.therapyId, false);
  for (const block of session.blocks || []) {
    if (block.outcome) continue;
    addAll(block.exerciseId, block.sides === 'each');
    if (block.easier?.exerciseId) addAll(block.easier.exerciseId, block.sides === 'each');
  }
  return [...urls];
}

/** Shows figures in one <img>, and redraws when the motion preference changes. */
export function createFigure(img) {
  let current = null;

  function draw() {
    if (!current) return;
    const still = prefersStill();
    const src = figureUrl(current.id, { mirror: current.mirror, still });
    if (img.getAttribute('src') !== src) {
      img.setAttribute('src', src);
      img.dataset.mirrored = String(current.mirror);
      img.dataset.still = String(still);
    }
  }

  window.matchMedia?.(REDUCE).addEventListener?.('change', draw);

  return {
    /** The figure of record `id`, mirrored for the right side. */
    show(id, side) {
      current = { id, mirror: side === 'right' };
      draw();
    },
  };
}
