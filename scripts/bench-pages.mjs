// Pages generated for `npm run bench`: a typical article (no trust hints) and a large trust center.
// Deterministic, so runs compare.

const para = (i) =>
  `<p>Paragraph ${i}: markets moved as analysts weighed the quarter's results, with commentary on supply chains, ` +
  `hiring plans and the outlook for the coming year. <a href="/related/${i}">Related story ${i}</a>.</p>`;

/** An article of roughly `bytes` with nav, scripts and comments, and no trust/security hints. */
export function nonTrustPage(bytes) {
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets close higher after a busy week | Daily Ledger</title>',
    '<meta property="og:type" content="article"><script>window.analytics = [];</script></head><body>',
    '<header><nav>' +
      Array.from({ length: 40 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>`).join(' ') +
      '</nav></header>',
    '<main><article><h1>Markets close higher after a busy week</h1>',
  ];
  let i = 0;
  while (parts.join('').length < bytes - 200) parts.push(para(i++));
  parts.push('</article></main><footer>© 2026 Daily Ledger</footer></body></html>');
  return parts.join('');
}

/** A self-hosted trust center of roughly `bytes`: claims, controls and a long sub-processor table. */
export function trustPage(bytes) {
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchvendor Trust Center</title></head><body>' +
    '<header><a href="https://benchvendor.example/">Benchvendor</a></header><main><h1>Benchvendor Trust Center</h1>' +
    '<section><h2>Compliance</h2><ul>' +
    '<li>Benchvendor has completed a SOC 2 Type II audit for the period January 1, 2026 through June 30, 2026.</li>' +
    '<li>ISO/IEC 27001 certified.</li><li>ISO/IEC 42001: in progress.</li>' +
    '<li>Our AI program is aligned with the NIST AI RMF.</li></ul></section>' +
    '<section><h2>Sub-processors</h2><table><thead><tr><th>Sub-processor</th><th>Purpose</th><th>Location</th></tr></thead><tbody>';
  const rows = ['<tr><td>OpenAI</td><td>LLM inference</td><td>United States</td></tr>'];
  for (let i = 0; i < 200; i++)
    rows.push(`<tr><td>Vendor ${i} Ltd</td><td>Support tooling ${i}</td><td>EU</td></tr>`);
  const parts = [head, rows.join(''), '</tbody></table></section><section><h2>Controls</h2>'];
  let i = 0;
  while (parts.join('').length < bytes - 200)
    parts.push(
      `<div class="control"><h3>Control ${i}</h3><p>Access to production systems is reviewed quarterly; ` +
        `changes require approval and are logged. Encryption at rest uses AES-256 (control ${i++}).</p></div>`,
    );
  parts.push('</section></main><footer>Benchvendor</footer></body></html>');
  return parts.join('');
}
