import { describe, expect, it } from 'vitest';
import { isLabel } from './claims';
import { analyze, newEnv } from './statements';
import { detectHtml, html, pairs } from '@/tests/helpers/detection';

const TRUST_URL = 'https://trust.acme.example/';
const claimsOf = async (body: string) =>
  pairs((await detectHtml(html('Acme Trust Center', body), TRUST_URL)).claims);

describe('status wordings', () => {
  it.each([
    ['<p>We are SOC 2 Type II certified.</p>', ['soc2-type2:held']],
    ['<p>Acme has been audited against SOC 2 Type 1.</p>', ['soc2-type1:held']],
    ['<p>Our platform is HIPAA compliant.</p>', ['hipaa:held']],
    ['<p>We achieved ISO 27001 certification in 2024.</p>', ['iso27001:held']],
    ['<p>Our SOC 2 Type-2 report is available on request.</p>', ['soc2-type2:held']],
    ['<p>SOC 2 Type II — In progress</p>', ['soc2-type2:in-progress']],
    ['<ul><li>ISO 42001 — Planned</li></ul>', ['iso42001:planned']],
    ['<p>ISO 27701 certification is on our roadmap.</p>', ['iso27701:planned']],
    ['<p>We are positioned to obtain ISO 42001 certification within nine months.</p>', ['iso42001:planned']],
    ['<p>We are undergoing a SOC 2 Type II readiness assessment.</p>', ['soc2-type2:in-progress']],
    ['<p>A SOC 2 readiness review is underway.</p>', ['soc2:in-progress']],
    ['<p>Our AI program is aligned to the NIST AI RMF.</p>', ['nist-ai-rmf:aligned']],
    ['<p>Controls are mapped to ISO 42001.</p>', ['iso42001:aligned']],
    ['<p>We publish a self-attestation for GDPR.</p>', ['gdpr:self-attested']],
    ['<h2>GDPR Compliance Statement</h2><p>We process personal data lawfully.</p>', ['gdpr:self-attested']],
    ['<p>We publish a statement of compliance with the EU AI Act.</p>', ['eu-ai-act:self-attested']],
    ['<p>We completed the CAIQ self-assessment for CSA STAR Level 1.</p>', ['csa-star:self-attested']],
    ['<p>We do not hold SOC 2 or ISO certifications.</p>', ['soc2:not-held']],
    ['<p>Acme is not yet PCI DSS compliant.</p>', ['pci-dss:not-held']],
    ['<p>Our FedRAMP authorization is being evaluated.</p>', ['fedramp:in-progress']],
    ['<p>Preparing evidence for our SOC 2 Type 1 audit.</p>', ['soc2-type1:in-progress']],
    // A framework heading over a sub-heading titles a chapter: no held card.
    [
      '<p>Acme builds assistants.</p><h2>1. EU AI Act — Article-by-Article Posture</h2><h3>Risk classification</h3><p>Each system is classified per Article 6.</p>',
      [],
    ],
    [
      '<p>Acme builds assistants.</p><h2>SOC 2 Type II</h2><h3>Status</h3><p>Certified</p>',
      ['soc2-type2:held'],
    ],
    // The same with the chapter's sections at its own level: still a title, while a bare name is a card.
    [
      '<p>Acme builds assistants.</p><h2>2. EU AI Act — How We Classify Systems</h2><h2>Risk classes</h2><p>Each system is classified per Article 6.</p><h2>ISO 27001</h2><h2>Contact</h2><p>Write to us.</p>',
      ['iso27001:held'],
    ],
    // A "Status:" field under the framework's heading says it, whatever the text after it explains.
    ['<h2>HIPAA</h2><p>Status: Not currently supported</p><p>We sign no BAAs today.</p>', ['hipaa:not-held']],
    ['<h2>CCPA</h2><p>Status: Operational</p><p>Rights are the same as on our GDPR page.</p>', ['ccpa:held']],
    ['<h2>ISO 42001</h2><p>Status: Planned · Target: 2027</p>', ['iso42001:planned']],
    // A status column whose cell no status word reads: stated, not in words we know, so no held card.
    [
      '<table><tr><td>Framework</td><td>Status</td></tr><tr><td>GDPR</td><td>Standard DPA available</td></tr>' +
        '<tr><td>SOC 2 Type II</td><td>Certified</td></tr></table>',
      ['soc2-type2:held'],
    ],
    // Controls that do not address something say nothing of the vendor's alignment.
    ['<p>Standard SOC 2 controls do not address prompt injection or session drift.</p>', []],
    ['<h2>NIST AI RMF</h2><p>Function-level mapping.</p>', ['nist-ai-rmf:aligned']],
    // Controls overlapping with a framework compare with it: no status of it.
    ['<p>Many of our controls overlap with SOC 2 and are already in place.</p>', []],
    [
      '<p>We are SOC 2 Type II certified and ISO 27001 certification is in progress.</p>',
      ['iso27001:in-progress', 'soc2-type2:held'],
    ],
    [
      '<p>We hold SOC 2 Type II, ISO 27001 and ISO 27017 certifications.</p>',
      ['iso27001:held', 'iso27017:held', 'soc2-type2:held'],
    ],
    [
      '<p>SOC 2 Type II, ISO 27001 and HIPAA compliant.</p>',
      ['hipaa:held', 'iso27001:held', 'soc2-type2:held'],
    ],
    ['<p>Cyber Essentials Plus certified.</p>', ['cyber-essentials:held']],
    ['<p>Our EU AI Act conformity work is in progress.</p>', ['eu-ai-act:in-progress']],
    ['<p>Listed in the CSA STAR Registry.</p>', ['csa-star:held']],
    ['<p>We are CCPA compliant.</p>', ['ccpa:held']],
    ['<p>We comply with GDPR.</p>', ['gdpr:held']],
    ['<p>Acme undergoes annual SOC 2 Type 2 audits.</p>', ['soc2-type2:held']],
    [
      '<p>Acme completed its SOC 2 Type 1 audit and is now working towards Type 2.</p>',
      ['soc2-type1:held', 'soc2-type2:in-progress'],
    ],
    ['<p>Acme is not a HIPAA covered entity.</p>', []],
    ['<p>SOC 2 Type II report (2024) — Download</p>', ['soc2-type2:held']],
  ])('%s', async (body, expected) => {
    expect(await claimsOf(body)).toEqual(expected);
  });

  it('reads the status from a separate table cell', async () => {
    const t = `<table><tr><th>Item</th><th>Status</th></tr><tr><td>SOC 2 Type II</td><td>Planned</td></tr>
      <tr><td>ISO 27001</td><td>Live</td></tr><tr><td>HIPAA</td><td>No</td></tr></table>`;
    expect(await claimsOf(t)).toEqual(['hipaa:not-held', 'iso27001:held', 'soc2-type2:planned']);
  });

  it('reads the status from a sibling chip', async () => {
    expect(
      await claimsOf('<div><span>SOC 2 Type II</span><span class="chip">In progress</span></div>'),
    ).toEqual(['soc2-type2:in-progress']);
  });

  it('applies list-intro words to every item', async () => {
    const body = `<p>The following frameworks are on our roadmap:</p><ul><li>ISO 27001</li><li>SOC 2 Type II certification</li></ul>`;
    expect(await claimsOf(body)).toEqual(['iso27001:planned', 'soc2-type2:planned']);
  });

  it('keeps both statuses when products differ', async () => {
    const body = `<p>Product A has achieved FedRAMP Moderate authorization. Product B is being evaluated for FedRAMP.</p>`;
    expect(await claimsOf(body)).toEqual(['fedramp:held', 'fedramp:in-progress']);
  });

  it('drops untyped SOC 2 when the typed claim has the same status', async () => {
    expect(await claimsOf('<p>We are SOC 2 Type II certified.</p><p>Download our SOC 2 report.</p>')).toEqual(
      ['soc2-type2:held'],
    );
  });

  it('reads aria-label card names (SafeBase) and ignores tool cards', async () => {
    const body = `<a aria-label="Open to SOC 2 Type 2" href="#">card</a><a aria-label="Open to ProcessUnity" href="#">card</a>`;
    expect(await claimsOf(body)).toEqual(['soc2-type2:held']);
  });

  it('takes a framework heading status from the text under it', async () => {
    const body = `<h3>ISO 27001</h3><p>Certification audit scheduled for Q4.</p><h3>HIPAA</h3><p>We sign BAAs with customers.</p>`;
    expect(await claimsOf(body)).toEqual(['hipaa:held', 'iso27001:planned']);
  });
});

describe('traps: not claims', () => {
  it.each([
    [
      'example list',
      '<p>Establish control frameworks (ex. ISO, HIPAA, PCI, NIST, SSAE-18) gather evidence</p>',
    ],
    ['e.g.', '<p>We operate within established frameworks (e.g., SOC 2, ISO 27001).</p>'],
    ['such as', '<p>We support requirements such as HIPAA.</p>'],
    ['definition', '<p>SOC 2 is a voluntary standard by the American Institute of CPAs.</p>'],
    ['question', '<h2>Is Acme SOC 2 compliant?</h2>'],
    ['customer compliance', '<p>Acme supports our customers’ compliance with the GDPR and CCPA.</p>'],
    ['your compliance', '<p>You need to assess your own PCI compliance requirements.</p>'],
    ['payment processor', '<p>Acme uses PCI Compliant Level 1 audited payment processor Stripe.</p>'],
    ['card processors', '<p>We use tokens with PCI DSS certified credit card processors.</p>'],
    ['cloud host', '<p>Our infrastructure is hosted on AWS, which is SOC 2 and ISO 27001 certified.</p>'],
    ['data centers', '<p>Our data centers are ISO 27001 certified.</p>'],
    ['selling', '<p>We can help you achieve SOC 2 and automate your ISO 27001 program.</p>'],
    ['job requirement', '<p>Experience with HIPAA and FedRAMP audits.</p>'],
    ['certs are credentials', '<p>Relevance will store certs, service accounts, API keys etc securely.</p>'],
    ['bare NIST and ISO', '<p>We follow NIST and ISO guidance.</p>'],
    ['no status word', '<p>More information on SOC 2 reports can be found here.</p>'],
    ['nav menus', '<nav><a href="/hipaa">HIPAA</a><a href="/gdpr">GDPR</a></nav>'],
    [
      'PCI heading over processor text',
      '<h2>PCI</h2><p>Payments go through our payment provider, which is PCI certified.</p>',
    ],
    ['PCI heading over other topic', '<h2>PCI</h2><p>Card data is handled by a processor.</p>'],
    [
      'sub-processor certifications column',
      '<table><tr><th>Sub-processor</th><th>Purpose</th><th>Certifications</th></tr><tr><td>Foo</td><td>Email</td><td>SOC 2 Type II</td></tr></table>',
    ],
    ['sub-processor section', '<h2>Sub-processors</h2><ul><li>Foo Inc — SOC 2 Type II certified</li></ul>'],
    ['script catalog', '<script>window.x=[{"shortLabel":"ISO 27001"},{"shortLabel":"HIPAA"}]</script>'],
    [
      'style and template',
      '<style>.soc2::after{content:"SOC 2 certified"}</style><template><p>HIPAA compliant</p></template>',
    ],
    ['comparison (than)', '<p>A penetration test takes less time than an ISO 27001 certified audit.</p>'],
    [
      'comparison (compared with)',
      '<p>Compared with a SOC 2 Type II certified program, the scheme is lighter.</p>',
    ],
    [
      'comparison (de)',
      '<p>Im Vergleich zu einem ISO 27001 zertifizierten Anbieter ist der Aufwand geringer.</p>',
    ],
    ['comparison (fr)', '<p>Un audit plus léger par rapport à une entreprise certifiée ISO 27001.</p>'],
    ['law article after', '<p>The register is kept in compliance with GDPR Article 30.</p>'],
    ['law article before', '<p>The system is compliant with Article 50 of the EU AI Act.</p>'],
    ['law article before (de)', '<p>Die Verarbeitung ist konform mit Art. 28 DSGVO.</p>'],
  ])('%s', async (_name, body) => {
    expect(await claimsOf(body)).toEqual([]);
  });

  it('gives a party the page lists as a sub-processor its own certifications, wherever the text names it', async () => {
    const table =
      '<h2>Sub-processors</h2><table><tr><th>Sub-processor</th><th>Purpose</th></tr>' +
      '<tr><td>Skyhold</td><td>Hosting</td></tr><tr><td>Acme Labs Ltd</td><td>Support</td></tr></table>';
    const d = await detectHtml(
      html(
        'Acme Trust Center',
        '<p>Acme is SOC 2 Type II certified.</p><p>Skyhold holds ISO 27001.</p>' +
          '<p>Acme Labs is ISO 27701 certified.</p>' +
          table,
      ),
      TRUST_URL,
    );
    // The vendor's own entity in its list stays the vendor.
    expect(pairs(d.claims)).toEqual(['iso27701:held', 'soc2-type2:held']);
    expect(d.thirdParty.map((t) => [t.subject, t.framework, t.status])).toEqual([
      ['Skyhold', 'iso27001', 'held'],
    ]);
  });

  it('keeps a claim beside a comparison or a cited article: only the compared or cited mention goes', async () => {
    expect(await claimsOf('<p>We are ISO 27001 certified, a broader scope than SOC 2 alone.</p>')).toEqual([
      'iso27001:held',
    ]);
    expect(await claimsOf('<p>Compared to last year, our SOC 2 Type II report now covers AI.</p>')).toEqual([
      'soc2-type2:held',
    ]);
    expect(await claimsOf('<p>Acme is GDPR compliant and HIPAA compliant.</p>')).toEqual([
      'gdpr:held',
      'hipaa:held',
    ]);
  });

  it('never reads claims from a non-trust page', async () => {
    const d = await detectHtml(
      html('Our journey | Acme Blog', '<p>We are SOC 2 Type II certified.</p>'),
      'https://blog.acme.example/soc2',
    );
    expect(d.isTrustPage).toBe(false);
    expect(d.claims).toEqual([]);
  });
});

describe('analyze / isLabel', () => {
  it('splits clauses on semicolons', () => {
    const r = analyze(
      'ISO 27001 (self-attestation; SOC 2 Type II readiness review on roadmap).',
      newEnv('en', []),
    );
    expect(r.map((f) => `${f.fw}:${f.s}`)).toEqual(['iso27001:self-attested', 'soc2-type2:planned']);
  });
  it('recognises labels', () => {
    expect(isLabel('Open to CSA STAR Attestation')).toBe(true);
    expect(isLabel('SOC 2 Type II Report Request access')).toBe(true);
    expect(isLabel('More information on SOC 2 reports can be found here.')).toBe(false);
  });
});
