// The example page: asks the API (this page's origin, or ?api=<url>) through the typed client and shows
// the answer. The client's functions are also on `window.webClient`, for the console and the browser test.
import * as webClient from './client.js';

declare global {
  interface Window {
    webClient: typeof webClient;
  }
}
window.webClient = webClient;

const api = new URLSearchParams(location.search).get('api') ?? location.origin;
const form = document.querySelector<HTMLFormElement>('#ask');
const output = document.querySelector<HTMLElement>('#answer');

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const fields = new FormData(form);
  const from = String(fields.get('from') ?? '');
  const to = String(fields.get('to') ?? '');
  const answer = to ? webClient.pathBetween(api, from, to) : webClient.tracksRoutedThrough(api, from);
  answer
    .then((data) => (output ? (output.textContent = JSON.stringify(data, null, 2)) : undefined))
    .catch((error: unknown) => (output ? (output.textContent = String(error)) : undefined));
});
