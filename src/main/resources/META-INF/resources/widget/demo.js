/** The demo page: writes this service's own address into the snippets and makes their copy buttons work. */

const scriptUrl = new URL('runner-injury.js', import.meta.url).href;

for (const code of document.querySelectorAll('.snippet code')) {
  code.textContent = code.textContent.replaceAll('https://api.example/widget/runner-injury.js', scriptUrl);
}

const status = document.getElementById('copy-status');
let clearStatus = 0;

function announce(message) {
  status.textContent = message;
  clearTimeout(clearStatus);
  clearStatus = setTimeout(() => {
    status.textContent = '';
  }, 4000);
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy).textContent;
    try {
      await navigator.clipboard.writeText(text);
      announce('The snippet is copied.');
    } catch {
      announce('Copying was not allowed: select the snippet and copy it by hand.');
    }
  });
}
