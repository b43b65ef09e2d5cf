// Passkeys (WebAuthn): a form marked data-passkey="create" or "get" first fetches options from the page
// (Identity made the challenge), asks the browser for a credential, then posts it in the form's hidden
// "credential" field. Without WebAuthn the form says so and the password stays the way in.
const forms = document.querySelectorAll('form[data-passkey]');

function say(form, text) {
  const status = form.querySelector('[data-passkey-status]');
  if (status) status.textContent = text;
}

const supported = typeof window.PublicKeyCredential === 'function'
  && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function';

for (const form of forms) {
  if (!supported) {
    say(form, 'This browser cannot use passkeys; use your password.');
    continue;
  }

  form.addEventListener('submit', async (event) => {
    if (form.dataset.ready === 'yes') return;
    event.preventDefault();
    const token = form.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
    const body = new FormData();
    body.append('__RequestVerificationToken', token);
    const name = form.dataset.username ? document.querySelector(form.dataset.username)?.value : '';
    if (name) body.append('userName', name);
    try {
      const answer = await fetch(form.dataset.options, { method: 'POST', body, credentials: 'same-origin' });
      if (!answer.ok) throw new Error(`options ${answer.status}`);
      const options = await answer.json();
      const credential = form.dataset.passkey === 'create'
        ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
        : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
      form.querySelector('input[name="credential"]').value = JSON.stringify(credential.toJSON());
      form.dataset.ready = 'yes';
      form.requestSubmit();
    } catch (error) {
      say(form, error?.name === 'NotAllowedError'
        ? 'No passkey was used (it was cancelled or timed out).'
        : 'The passkey did not work here. Try again, or use your password.');
    }
  });
}
