/**
 * The frame of every review page: one small inline stylesheet (the Content-Security-Policy allows
 * nothing else: no scripts at all, so the pages work, and stay safe, without JavaScript).
 */
import { html, raw, type SafeHtml } from './html';

const STYLE = raw(`
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
  body { margin: 0; background: #f5f6f8; color: #1d2330; }
  header { background: #1d2330; color: #fff; padding: .75rem 1.5rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; }
  header a { color: #fff; text-decoration: none; font-weight: 600; }
  main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.4rem; margin: 0 0 1rem; }
  h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
  section, .card { background: #fff; border: 1px solid #dde1e7; border-radius: 6px; padding: 1rem; margin-bottom: 1rem; overflow-x: auto; }
  h1, h2, h3, td, blockquote { overflow-wrap: anywhere; }
  @media (max-width: 600px) { main { padding: .75rem; } header { padding: .5rem .75rem; } th, td { padding: .3rem .4rem; } .turn { grid-template-columns: 3.5rem 1fr; } .turn .muted { grid-row: span 2; } }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #eceff3; vertical-align: top; }
  th { font-size: .8rem; text-transform: uppercase; color: #5b6475; }
  .badge { display: inline-block; padding: .1rem .45rem; border-radius: 999px; background: #e8ecf3; font-size: .8rem; margin: 0 .2rem .2rem 0; }
  .badge.warn { background: #fff0d6; color: #7a4b00; }
  .badge.bad { background: #fde2e1; color: #8a1c17; }
  .badge.ok { background: #dcf5e3; color: #145c2c; }
  .notice { padding: .75rem 1rem; border-radius: 6px; margin-bottom: 1rem; background: #dcf5e3; }
  .error { padding: .75rem 1rem; border-radius: 6px; margin-bottom: 1rem; background: #fde2e1; color: #8a1c17; }
  .muted { color: #5b6475; }
  pre { white-space: pre-wrap; word-break: break-word; background: #f5f6f8; padding: .5rem; border-radius: 4px; margin: 0; font-size: .85rem; }
  .turn { display: grid; grid-template-columns: 4rem 5rem 1fr; gap: .5rem; padding: .3rem 0; border-bottom: 1px dashed #eceff3; }
  .turn.evidence { background: #fff8e1; }
  .gap { color: #5b6475; font-style: italic; padding: .3rem 0; }
  blockquote { margin: .25rem 0; padding-left: .75rem; border-left: 3px solid #c9a227; }
  .forms { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
  form label { display: block; font-size: .85rem; margin: .5rem 0 .2rem; }
  input[type=text], textarea { width: 100%; box-sizing: border-box; padding: .4rem; border: 1px solid #c5cbd5; border-radius: 4px; font: inherit; }
  textarea.json { font-family: ui-monospace, monospace; font-size: .8rem; min-height: 16rem; }
  button { margin-top: .75rem; padding: .5rem 1rem; border: 0; border-radius: 4px; font-weight: 600; cursor: pointer; color: #fff; }
  button.approve { background: #1f7a3d; }
  button.reject { background: #b3261e; }
  button.edit { background: #2f5fb3; }
  .decision-bar { position: sticky; bottom: 0; z-index: 1; box-shadow: 0 -4px 12px rgba(29, 35, 48, .12); }
  .decision-bar form { display: flex; flex-direction: column; gap: .5rem; }
  .bar-fields { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; }
  .bar-fields > label { flex: 1 1 14rem; margin: 0; }
  .bar-fields textarea, .bar-fields input { margin-top: .2rem; }
  .bar-buttons { display: flex; flex-wrap: wrap; gap: .5rem; }
  .bar-buttons button { margin-top: 0; }
  .decision-bar p { margin: 0; }
  ul.reasons { padding-left: 1.2rem; }
  ul.reasons li { margin-bottom: .5rem; }
  ul.changes { margin: 0; padding-left: 1rem; }
  .tabs a[aria-current] { font-weight: 700; text-decoration: none; color: inherit; }
  .filters label.check { flex-direction: row; gap: .3rem; align-items: center; }
  .paging { display: flex; gap: 1rem; }
  .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .75rem; }
  .cards div { display: flex; flex-direction: column; }
  .cards strong { font-size: 1.6rem; }
  .filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; }
  .filters label { display: flex; flex-direction: column; font-size: .85rem; }
  .filters button { margin-top: 0; }
`);

/** `refreshSeconds`: reload the page by itself (no script): a call whose writes are still landing. */
export function page(title: string, body: SafeHtml, opts: { refreshSeconds?: number } = {}): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
${opts.refreshSeconds ? html`<meta http-equiv="refresh" content="${opts.refreshSeconds}">` : ''}
<title>${title} · Call review</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="/review">Call review</a><a href="/review/follow-ups">Follow-ups</a><a href="/insights">Insights</a><span class="muted">DialNexa → ReferralRock</span></header>
<main>
${body}
</main>
</body>
</html>
`.value;
}

/** A page with a single message (sign-in needed, not found, review off...). */
export function messagePage(title: string, message: string): string {
  return page(title, html`<h1>${title}</h1><section><p>${message}</p></section>`);
}
