// Keeps the screen on while the session runs, where the browser allows it.
export function createWakeLock(isRunning) {
  let held = null;
  let asking = false;

  async function lock() {
    if (!('wakeLock' in navigator) || held || asking || document.visibilityState !== 'visible') return;
    asking = true;
    try {
      held = await navigator.wakeLock.request('screen');
      held.addEventListener('release', () => { held = null; });
      if (!isRunning()) unlock();
    } catch { held = null; } finally { asking = false; }
  }

  function unlock() {
    const lockNow = held;
    held = null;
    lockNow?.release().catch(() => {});
  }

  return { lock, unlock };
}
