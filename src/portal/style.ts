/**
 * The portal's one stylesheet, sent inline in each page (no second request; the security policy allows
 * inline styles). Colours keep at least 4.5:1 contrast on white; one column on a phone; print drops
 * navigation and prints link targets.
 */
export const portalCss = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#fff}
a{color:#0b4fa8}
a:focus-visible{outline:3px solid #0b4fa8;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header{border-bottom:1px solid #d0d7de}
header nav{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline;justify-content:space-between;padding:.75rem 0}
.brand{font-weight:700;text-decoration:none;color:#1b1f24}
.langs{display:flex;flex-wrap:wrap;gap:.25rem .75rem}
.crumbs{margin:1rem 0 0;padding:0;list-style:none;font-size:.9rem}
.crumbs li{display:inline}
.crumbs li+li::before{content:"›";margin:0 .4rem;color:#57606a}
h1{font-size:1.6rem;line-height:1.25;margin:1rem 0 .5rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:1px solid #d0d7de}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
p,ul,ol,dl{margin:.5rem 0}
.lead{font-size:1.05rem;color:#32383f}
.muted{color:#57606a}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem}
.facts dt{font-weight:600}
.facts dd{margin:0}
.cards{list-style:none;padding:0}
.card{border:1px solid #d0d7de;border-radius:6px;padding:.75rem 1rem;margin:.75rem 0}
.card h2,.card h3{margin-top:0;border:0;padding:0}
.status{display:inline-block;font-size:.85rem;font-weight:600;padding:0 .4rem;border-radius:4px;background:#eaeef2;color:#1b1f24}
.status-enacted,.status-verified{background:#dafbe1;color:#0f5323}
.status-in_progress,.status-prioritized{background:#fff1c2;color:#4d3800}
.status-parked,.status-dropped{background:#f1f3f5;color:#424a53}
.numbers{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none}
.numbers strong{font-size:1.4rem;display:block}
.timeline{padding-left:1.25rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid #d0d7de;padding:.35rem .5rem .35rem 0;text-align:left;vertical-align:top}
td.num,th.num{text-align:right}
blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid #d0d7de}
footer{margin-top:3rem;padding:1rem;border-top:1px solid #d0d7de;font-size:.9rem}
footer ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
@media (max-width:40rem){table.stack,.stack tbody,.stack tr,.stack th[scope=row],.stack td{display:block}.stack caption{display:block}.stack thead tr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}.stack tr{border-bottom:1px solid #d0d7de;padding:.5rem 0}.stack th[scope=row],.stack td{border:0;padding:.1rem 0}.stack td.num{text-align:left}.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600}}
@media (max-width:30rem){h1{font-size:1.35rem}.facts{grid-template-columns:1fr}.facts dd{margin-bottom:.35rem}}
@media print{header nav .lang,.skip,footer ul{display:none}body{font-size:11pt}a{color:inherit}main a[href^="/"]::after{content:" (" attr(href) ")";font-size:.8em;color:#444}.card{break-inside:avoid}h2,h3{break-after:avoid}}
`
  .trim()
  .replace(/\n/g, '');
