// Answers that could not be sent wait in localStorage ("limber-outbox") and go out, in order,
// when the device is back online and on every page load. Also queues the rating form offline.
export const OUTBOX = 'limber-outbox';
const SAVED = 'Saved on this device; it will be sent when you are back online';

function read() {
  try {
    const items = JSON.parse(localStorage.getItem(OUTBOX) || '[]');
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

function write(items) {
  try {
    if (items.length) localStorage.setItem(OUTBOX, JSON.stringify(items));
    else localStorage.removeItem(OUTBOX);
  } catch { /* storage full or blocked: nothing more to do */ }
}

export function status(text) {
  const el = document.getElementById('sync-status');
  if (el) el.textContent = text;
}

export function enqueue(url, body) {
  const items = read();
  items.push({ url, body, at: Date.now() });
  write(items);
}

function send(item) {
  return fetch(item.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(item.body),
    credentials: 'same-origin',
  });
}

let flushing = null;

/** Sends the queue in order; drops an item on 2xx or 4xx, stops at a network error or 5xx. */
export function flush() {
  if (!flushing) {
    flushing = (async () => {
      let sent = 0;
      for (;;) {
        const [item] = read();
        if (!item) break;
        let res;
        try {
          res = await send(item);
        } catch {
          break;
        }
        if (res.status >= 500) break;
        write(read().slice(1));
        if (res.ok) sent++;
      }
      if (sent && !read().length) {
        status('Sent what was saved on this device.');
        setTimeout(() => status(''), 6000);
      }
      return read().length;
    })().finally(() => { flushing = null; });
  }
  return flushing;
}

/**
 * POST JSON now, or queue it when offline or the server fails. Keeps order: if older items are
 * waiting, this one joins the queue behind them. Returns {ok, queued, status}.
 */
export async function postJson(url, body) {
  if (read().length || !navigator.onLine) {
    enqueue(url, body);
    const left = await flush();
    return { ok: left === 0, queued: left > 0 };
  }
  try {
    const res = await send({ url, body });
    if (res.status >= 500) throw new Error(String(res.status));
    return { ok: res.ok, queued: false, status: res.status };
  } catch {
    enqueue(url, body);
    return { ok: false, queued: true };
  }
}

function queueRating(form, id) {
  const data = new FormData(form);
  const score = (name) => Number.parseInt(String(data.get(name) ?? ''), 10);
  const body = {
    painAfter: score('Form.PainAfter'),
    stiffnessAfter: score('Form.StiffnessAfter'),
    difficulty: data.get('Form.Difficulty'),
    note: String(data.get('Form.Note') ?? '').trim() || null,
  };
  const ok = (n) => n >= 0 && n <= 10;
  if (!ok(body.painAfter) || !ok(body.stiffnessAfter) || !['too-easy', 'right', 'too-hard'].includes(body.difficulty)) {
    status('Choose pain, stiffness and how it felt, then save again.');
    return;
  }
  enqueue(`/api/sessions/${id}/rating`, body);
  status(SAVED);
  form.querySelectorAll('button[type=submit]').forEach((b) => { b.disabled = true; });
}

document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.dataset.offlineQueue !== 'rating') return;
  const match = /\/sessions\/([0-9a-f-]{36})\/rate/i.exec(new URL(form.action, location.href).pathname);
  if (!match) return;
  event.preventDefault();
  if (!navigator.onLine) {
    queueRating(form, match[1]);
    return;
  }
  let res;
  try {
    res = await fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
  } catch {
    queueRating(form, match[1]);
    return;
  }
  if (res.status >= 500) {
    queueRating(form, match[1]);
  } else if (res.redirected) {
    location.assign(res.url);
  } else {
    // The server wants another look at an answer: let it show its messages.
    form.submit();
  }
});

addEventListener('online', () => { flush(); });
flush();
