// The reminders page: the browser's time zone by default, copying the feed link, and asking
// permission to show a notification while Limber is open (reminder-notify.js shows it).
const zone = document.querySelector('[data-browser-timezone]');
if (zone && !zone.value) {
  try {
    zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  } catch { /* leave it for the person to fill in */ }
}

const status = document.getElementById('copy-status');
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const field = document.querySelector(button.dataset.copy);
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      if (status) status.textContent = 'Link copied. Paste it into your calendar app.';
    } catch {
      field.focus();
      field.select();
      if (status) status.textContent = 'Select the link and copy it (it is highlighted).';
    }
  });
}

const notifyButton = document.getElementById('notify-button');
const notifyStatus = document.getElementById('notify-status');
function showPermission() {
  if (!notifyStatus) return;
  const permission = Notification.permission;
  notifyStatus.textContent = permission === 'granted'
    ? 'Notifications are allowed on this device.'
    : permission === 'denied'
      ? 'Notifications are blocked for Limber in this browser; the calendar feed still works.'
      : '';
  if (notifyButton) notifyButton.hidden = permission !== 'default';
}
if (notifyButton && 'Notification' in window && 'serviceWorker' in navigator) {
  showPermission();
  notifyButton.addEventListener('click', async () => {
    await Notification.requestPermission();
    showPermission();
  });
}
