/**
 * The one stylesheet of the public pages, inlined in each page (no render-blocking request; about
 * 5 kB before gzip). The same tokens as the portal (apps/web/src/app/globals.css, ADR 0006): calm
 * colours, AA contrast or better, the thick yellow-and-black focus ring. Allowed by the page's CSP
 * through its SHA-256 (./csp.ts), so it must stay a constant.
 */
export const PUBLIC_CSS = `
:root{--ink:#0b0c0c;--muted:#484949;--paper:#fff;--surface:#f3f2f1;--line:#b1b4b6;--brand:#154273;--link:#1d4f91;--visited:#4c2c92;--danger:#b10e1e;--focus:#fd0}
*,*::before,*::after{box-sizing:border-box}
html{color:var(--ink);background:var(--paper);-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;font-size:1.0625rem;line-height:1.5}
a{color:var(--link);text-underline-offset:.15em}
a:visited{color:var(--visited)}
a:hover{text-decoration-thickness:3px}
:focus-visible{outline:3px solid var(--ink);outline-offset:0;box-shadow:0 0 0 6px var(--focus)}
a:focus-visible{outline:none;background:var(--focus);color:var(--ink);box-shadow:0 -2px var(--focus),0 4px var(--ink);text-decoration:none}
h1,h2,h3{line-height:1.25;margin:0 0 .75rem}
h1{font-size:2rem}h2{font-size:1.5rem;margin-top:2rem}h3{font-size:1.1875rem}
p,ul,ol,dl{margin:0 0 1rem}
.skip{position:absolute;left:-999px}.skip:focus{position:static;display:block;padding:.75rem 1rem}
.bar{background:var(--brand);color:#fff}
.bar-in{max-width:60rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between}
.bar a{color:#fff}.bar a:visited{color:#fff}
.site{font-weight:700;font-size:1.125rem;text-decoration:none}
.tools{display:flex;gap:.75rem;align-items:center;flex-wrap:wrap}
.exit{display:inline-block;background:var(--danger);color:#fff!important;font-weight:700;padding:.5rem 1rem;border-radius:4px;text-decoration:none;border:2px solid #fff}
.exit:hover{background:#8a0b17}
.exit-wrap{position:sticky;top:0;z-index:2;display:flex;justify-content:flex-end;max-width:60rem;margin:0 auto;padding:.5rem 1rem 0;pointer-events:none}
.exit-wrap .exit{pointer-events:auto}
main{display:block;max-width:60rem;margin:0 auto;padding:1rem 1rem 2.5rem}
.lead{font-size:1.1875rem}
.cards{list-style:none;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))}
.card{border:1px solid var(--line);border-left:6px solid var(--brand);padding:1rem;background:var(--paper)}
.card.urgent{border-left-color:var(--danger)}
.card h3{margin-bottom:.5rem}
.call{display:inline-block;font-weight:700;font-size:1.1875rem;padding:.5rem 0}
.source{color:var(--muted);font-size:.9375rem}
.topics{list-style:none;padding:0;display:grid;gap:.5rem;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr))}
.topics a{display:block;padding:.75rem 1rem;border:1px solid var(--line);background:var(--surface);font-weight:700}
.topics a[aria-current]{border:3px solid var(--ink)}
.topics span{display:block;font-weight:400;color:var(--ink)}
form.search{background:var(--surface);padding:1rem;border:1px solid var(--line);display:grid;gap:1rem}
label{display:block;font-weight:700;margin-bottom:.25rem}
.hint{display:block;color:var(--muted);margin-bottom:.25rem}
.error{display:block;color:var(--danger);font-weight:700;margin-bottom:.25rem}
input[type=search],select{font:inherit;width:100%;max-width:30rem;padding:.4rem .5rem;border:2px solid var(--ink);border-radius:0;background:#fff;color:var(--ink)}
input[aria-invalid=true]{border-color:var(--danger)}
button{font:inherit;font-weight:700;background:#00703c;color:#fff;border:0;border-bottom:2px solid #002d18;padding:.5rem 1.25rem;cursor:pointer}
button:hover{background:#005a30}
.actions{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
.results{list-style:none;padding:0}
.results>li{border-top:1px solid var(--line);padding:1rem 0}
.results h3{margin:0 0 .25rem}
.meta{color:var(--muted);margin:0 0 .25rem}
.tag{display:inline-block;background:var(--surface);border:1px solid var(--line);padding:0 .4rem;font-size:.875rem;margin-left:.5rem;color:var(--ink)}
dl.facts{display:grid;grid-template-columns:minmax(7rem,max-content) 1fr;gap:.5rem 1rem}
dl.facts dt{font-weight:700}dl.facts dd{margin:0;overflow-wrap:anywhere}
.langs{list-style:none;margin:0;padding:0;display:flex;gap:.75rem}
footer{border-top:4px solid var(--brand);background:var(--surface)}
footer .in{max-width:60rem;margin:0 auto;padding:1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
.back{display:inline-block;margin-bottom:1rem}
.poster{max-width:42rem}
.poster .big{font-size:2.5rem}
.poster .numbers{list-style:none;padding:0;font-size:1.375rem}
.poster .numbers li{margin:0 0 .75rem}
.poster .numbers strong{font-size:1.75rem;display:block}
.qr{width:12rem;height:12rem;display:block}
.qr-url{font-weight:700;overflow-wrap:anywhere}
.screen-only{}
@media (min-width:40rem){h1{font-size:2.5rem}form.search{grid-template-columns:1fr 1fr;align-items:end}form.search .actions{grid-column:1/-1}}
@media print{
  @page{size:A4 portrait;margin:15mm}
  body{font-size:14pt}
  .bar,.exit-wrap,footer,.screen-only,.skip{display:none!important}
  main{max-width:none;padding:0}
  a{color:var(--ink);text-decoration:none}
  .poster .big{font-size:36pt}
  .qr{width:60mm;height:60mm}
}
`.trim();
