// While Limber is open and notifications are allowed, the service worker shows one at reminder
// time. The reminder days, time and zone come from /api/reminders; the calendar feed is the path
// that always works, this is only a nudge on top of it.
const CHECK_EVERY_MS = 20_000;
const SHOWN_KEY = 'limber-reminder-shown';
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The day code, date and HH:mm of `now` as a clock in `timeZone` shows them. */
export function wallClock(now, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(now).map((p) => [p.type, p.value]));
  const day = DAYS[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday)];
  return { day, date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** True when `now` is within the minutes after the reminder time on a chosen day. */
export function isDue(reminder, now) {
  const clock = wallClock(now, reminder.timeZone);
  if (!reminder.days.includes(clock.day)) return null;
  const [h, m] = reminder.time.split(':').map(Number);
  const [ch, cm] = clock.time.split(':').map(Number);
  const late = (ch * 60 + cm) - (h * 60 + m);
  return late >= 0 && late < 5 ? clock.date : null;
}

async function check(reminder) {
  const due = isDue(reminder, new Date());
  if (!due || localStorage.getItem(SHOWN_KEY) === due) return;
  localStorage.setItem(SHOWN_KEY, due);
  const registration = await navigator.serviceWorker.ready;
  await registration.showNotification('Time for your Limber routine', {
    body: 'A few minutes of gentle movement for your lower back. Tap to check in.',
    tag: 'limber-reminder',
    icon: '/icons/limber.svg',
    data: { url: '/check-in' },
  });
}

async function start() {
  if (!('Notification' in window) || !('serviceWorker' in navigator) || Notification.permission !== 'granted') return;
  let reminder;
  try {
    const response = await fetch('/api/reminders', { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    reminder = await response.json();
  } catch {
    return; // offline: the calendar still reminds
  }
  const tick = () => check(reminder).catch(() => {});
  tick();
  setInterval(tick, CHECK_EVERY_MS);
}

start();
