// The player's markup and the elements the controller writes to. The stage (words, figure, clock,
// next step, caption and controls) fills the first screen; instructions and settings follow below.
const IDS = 'figure exercise position variant side step time detail next caption total ring-bar start pause skip back skip-block hurts steps cues stop-if alert dialog mode rate finish halfway';

export const RING = 2 * Math.PI * 54;

/** Draws the player into `root` and returns its elements by camel-cased id (player-ring-bar: ringBar). */
export function mount(root) {
  root.replaceChildren(template());
  const el = { easierBtn: root.querySelector('#hurts-easier'), legBtn: root.querySelector('#hurts-leg'), stopBtn: root.querySelector('#hurts-stop'), cancelBtn: root.querySelector('#hurts-cancel') };
  for (const n of IDS.split(' ')) {
    el[n.replace(/-(\w)/g, (_, c) => c.toUpperCase())] = root.querySelector(`#player-${n}`);
  }
  el.modes = [...root.querySelectorAll('input[name=cue-mode]')];
  el.ringBar.setAttribute('stroke-dasharray', RING.toFixed(2));
  return el;
}

export const setText = (node, text) => { if (node.textContent !== text) node.textContent = text; };

export function list(ol, items) {
  ol.replaceChildren(...items.map((t) => Object.assign(document.createElement('li'), { textContent: t })));
  ol.closest('.player-list').hidden = items.length === 0;
}

/** Keeps --player-top at the player's distance from the top of the page, so the stage fills what is left of the screen. */
export function fitToScreen(root) {
  const header = document.querySelector('body > header');
  const fit = () => {
    const top = root.getBoundingClientRect().top + window.scrollY;
    document.documentElement.style.setProperty('--player-top', `${Math.max(0, Math.round(top))}px`);
  };
  fit();
  addEventListener('resize', fit);
  if ('ResizeObserver' in window && header) new ResizeObserver(fit).observe(header);
}

function template() {
  const t = document.createElement('template');
  t.innerHTML = `
<div class="player-main">
<div class="player-stage">
<div class="player-head">
<p class="player-position"><span id="player-position"></span> <span id="player-variant" class="tag" hidden>Easier version</span></p>
<h1 id="player-exercise" class="player-exercise"></h1>
<p id="player-side" class="player-side" hidden></p>
</div>
<div class="player-figure-wrap"><img id="player-figure" class="player-figure" alt="" width="320" height="200" fetchpriority="high"></div>
<div class="player-clock" role="timer" aria-label="Time left in this step">
<svg class="player-ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
<circle class="player-ring-track" cx="60" cy="60" r="54"></circle>
<circle id="player-ring-bar" class="player-ring-bar" cx="60" cy="60" r="54" transform="rotate(-90 60 60)"></circle>
</svg>
<div class="player-clock-text">
<span id="player-step" class="player-step"></span>
<span class="player-time-wrap"><span id="player-time" class="player-time">0</span><span class="player-unit">s</span></span>
</div>
</div>
<div class="player-info">
<p id="player-detail" class="player-detail"></p>
<p id="player-next" class="player-next"></p>
<p id="player-caption" class="player-caption" role="status" aria-label="Spoken cue"></p>
</div>
<div class="player-controls">
<button type="button" id="player-back" class="secondary" aria-keyshortcuts="ArrowLeft">Back</button>
<button type="button" id="player-start" class="player-primary">Start</button>
<button type="button" id="player-pause" class="player-primary" hidden>Pause</button>
<button type="button" id="player-skip" class="secondary" aria-keyshortcuts="ArrowRight">Skip</button>
<button type="button" id="player-hurts" class="danger player-hurts">This hurts</button>
</div>
</div>
<div id="player-alert" class="player-alert notice stop" aria-live="assertive"></div>
<p class="player-after"><a id="player-rate" class="button big" href="#" hidden>Go on to the rating</a></p>
<div class="player-empty">
<p>Every exercise in this session is already recorded.</p>
<button type="button" id="player-finish" class="big">Finish the session</button>
</div>
<p id="player-total" class="player-total muted"></p>
<div class="player-more">
<button type="button" id="player-skip-block" class="secondary">Skip this exercise</button>
<details class="player-settings">
<summary>Sound: <span id="player-mode"></span></summary>
<fieldset>
<legend>Cues</legend>
<label class="choice"><input type="radio" name="cue-mode" value="voice"> Voice</label>
<label class="choice"><input type="radio" name="cue-mode" value="beeps"> Beeps</label>
<label class="choice"><input type="radio" name="cue-mode" value="silent"> Silent</label>
<label class="choice"><input type="checkbox" id="player-halfway"> Cue halfway through each hold</label>
</fieldset>
<p class="muted">Every cue is also written under the clock.</p>
</details>
<p class="player-keys muted">Keys: Space pauses or resumes, ← goes back, → skips.</p>
</div>
</div>
<div class="player-text">
<div class="player-list"><h2>How to do it</h2><ol id="player-steps"></ol></div>
<div class="player-list"><h2>Cues</h2><ul id="player-cues"></ul></div>
<div class="player-list player-stop-if"><h2>Stop if</h2><ul id="player-stop-if"></ul></div>
</div>
<dialog id="player-dialog" class="player-dialog" aria-labelledby="hurts-title">
<h2 id="hurts-title">What is happening?</h2>
<p>Ease out of the position first. Then choose:</p>
<div class="player-dialog-options">
<button type="button" id="hurts-easier" class="big" hidden>Try the easier version</button>
<button type="button" id="hurts-leg" class="big danger">My leg is tingling or pain is spreading down the leg</button>
<button type="button" id="hurts-stop" class="big danger">Stop the session</button>
<button type="button" id="hurts-cancel" class="big secondary">It has settled: keep going</button>
</div>
</dialog>`;
  return t.content;
}
