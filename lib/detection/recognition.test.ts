import { describe, expect, it } from 'vitest';
import { detectHtml, html } from '@/tests/helpers/detection';
import { pageEvidence } from './signals';

/** Whole pages written for these tests: trust pages in every language, and pages ABOUT compliance. */
const page = (title: string, body: string) => html(title, `<main><h1>${title}</h1>${body}</main>`);

describe('security pages in eight languages are trust pages', () => {
  it.each([
    [
      'https://www.nordlicht.example/de/datenschutz-sicherheit',
      'Datenschutz und Sicherheit',
      '<p>Wir hosten alle Kundendaten in Rechenzentren in Frankfurt.</p><p>Die Daten werden mit AES-256 verschlüsselt und nur per TLS übertragen. Zugriffe auf unsere Systeme werden protokolliert und jährlich durch einen Penetrationstest geprüft.</p>',
    ],
    [
      'https://www.lumen.example/fr/securite',
      'Sécurité',
      "<p>Nous chiffrons toutes les données de nos clients et les sauvegardes sont quotidiennes.</p><p>L'accès à la production exige une double authentification.</p>",
    ],
    [
      'https://www.sol.example/es/seguridad',
      'Seguridad',
      '<p>Ciframos los datos en reposo y en tránsito con TLS.</p><p>Realizamos copias de seguridad diarias y una prueba de penetración al año.</p>',
    ],
    [
      'https://www.rio.example/pt/seguranca-e-privacidade',
      'Segurança e privacidade',
      '<p>Utilizamos criptografia em todos os nossos servidores.</p><p>Os acessos são monitorados e fazemos backup diário.</p>',
    ],
    [
      'https://www.vela.example/it/sicurezza-e-compliance',
      'Sicurezza e compliance',
      '<p>Abbiamo adottato la crittografia per tutti i dati dei nostri clienti e un controllo degli accessi basato sui ruoli.</p>',
    ],
    [
      'https://www.dijk.example/nl/beveiliging',
      'Beveiliging',
      '<p>Wij versleutelen alle gegevens en maken dagelijks back-ups in onze datacenters.</p>',
    ],
    [
      'https://www.sakura.example/ja/security',
      'セキュリティ',
      '<p>当社はお客様のデータを暗号化して保管しています。</p><p>アクセス制御とログの監視を行っています。</p>',
    ],
  ])('%s', async (url, title, body) => {
    expect((await detectHtml(page(title, body), url)).isTrustPage).toBe(true);
  });

  it('a product-docs page that states the vendor’s posture', async () => {
    const d = await detectHtml(
      page(
        'Security overview',
        '<p>Quill encrypts workspace data with AES-256 and serves every API over TLS 1.3.</p><p>Quill is SOC 2 Type II audited every year.</p>',
      ),
      'https://docs.quill.example/platform/security-overview',
    );
    expect(d.isTrustPage).toBe(true);
  });

  it('a help-centre article about the vendor’s own security', async () => {
    const d = await detectHtml(
      page(
        'Keeping your data safe',
        '<p>Tern stores data in two regions with daily backups. Staff access needs two-factor authentication and is logged.</p>',
      ),
      'https://help.tern.example/en/articles/4411-data-security-at-tern',
    );
    expect(d.isTrustPage).toBe(true);
  });

  it('an AI vendor’s EU AI Act statement, with where it stands', async () => {
    const d = await detectHtml(
      page(
        'EU AI Act Statement',
        '<p>Last updated: 26 April 2026</p><h2>Our position on the EU AI Act</h2><p>The EU AI Act applies in stages through 2027. Tern welcomes it. We are actively preparing for full compliance.</p><p>We classify every AI system we build by risk tier. Users are always told when they talk to an AI system.</p>',
      ),
      'https://www.tern.example/ai-act-statement',
    );
    expect(d.isTrustPage).toBe(true);
    expect(d.claims.map((c) => `${c.framework}:${c.status}`)).toEqual(['eu-ai-act:in-progress']);
  });

  it('a data-privacy page titled “Stay secure with …”', async () => {
    const d = await detectHtml(
      page(
        'Stay secure with Tern',
        '<p>Your payroll data is sensitive, and we treat it that way.</p><p>Tern is currently compliant with SOC 2 Type 2 and holds ISO 27001:2022 certification.</p>',
      ),
      'https://www.tern.example/data-privacy',
    );
    expect(d.isTrustPage).toBe(true);
    expect(d.claims.map((c) => `${c.framework}:${c.status}`).sort()).toEqual([
      'iso27001:held',
      'soc2-type2:held',
    ]);
  });

  it('an all-lowercase page', async () => {
    const d = await detectHtml(
      page(
        'soc 2 readiness',
        '<p>tern is not yet soc 2 certified. we encrypt data at rest and in transit, keep backups and review access monthly.</p>',
      ),
      'https://www.tern.example/soc2-readiness',
    );
    expect(d.isTrustPage).toBe(true);
    expect(d.claims.map((c) => `${c.framework}:${c.status}`)).toEqual(['soc2:not-held']);
  });
});

describe('pages ABOUT compliance are not trust pages', () => {
  it.each([
    [
      'a trust-centre tool’s docs on listing sub-processors, served under /trust/',
      'https://docs.lattix.example/trust/subprocessors',
      'Subprocessors',
      '<p>List the services that process customer data for you. This shows customers your supply chain and meets rules such as GDPR.</p><h2>What counts</h2><ul><li>Cloud infrastructure (AWS, Azure)</li><li>Payment processors (Stripe)</li><li>Email delivery services</li><li>Support desks</li></ul><h2>Adding entries</h2><p>Import them from your existing vendor list or create new ones. For each one, give its name, the countries where data is processed and a category.</p><h2>Categories</h2><ul><li>Infrastructure: hosting and cloud</li><li>Payments: payment processing</li><li>Storage: backups and files</li></ul><h2>Keeping it current</h2><p>Update your subprocessor list when vendors change, and review your security posture before publishing. The list can be exported to CSV.</p>',
    ],
    [
      'a German how-to article',
      'https://www.kiwerk.example/dsgvo-ki',
      'DSGVO KI: So setzen Sie Künstliche Intelligenz datenschutzkonform ein',
      '<p>Unsere Lösungen sind DSGVO-konform. Künstliche Intelligenz lässt sich datenschutzkonform einsetzen, wenn Daten in der EU bleiben.</p><p>Wir verschlüsseln alle Daten.</p>',
    ],
    [
      'a vendor’s post about its own audit programme',
      'https://www.sendwell.example/resources/2024-10-soc2-type2-readiness',
      'How we think about SOC 2 readiness',
      '<p>This post describes how we approach SOC 2 readiness internally: what our program is built around.</p><p>SOC 2 Type II reports cover an observation period; our controls are designed for it.</p><p>We encrypt data at rest and in transit, and review access quarterly.</p>',
    ],
    [
      'an article on what buyers should ask vendors',
      'https://www.hirewell.example/ai-hiring-vendor-compliance',
      'What CHROs Should Actually Ask AI Hiring Vendors About Compliance',
      '<p>Every AI hiring vendor says it is compliant. Few buyers know which documents prove it.</p><p>Ask for the SOC 2 Type II report, the bias audit and the data-processing terms before you sign.</p>',
    ],
    [
      'a "what is a trust centre" guide',
      'https://www.gridline.example/resources/what-is-a-trust-center',
      'What is a trust center?',
      '<p>A trust center is a public page where a vendor lists its certifications, such as SOC 2 and ISO 27001.</p><p>If you are buying software, your security team can read it before a review.</p>',
    ],
    [
      'a DPA template under a compliance path',
      'https://www.formwell.example/compliance/gdpr/dpa-template',
      'Data Processing Agreement template',
      '<p>WHEREAS the Controller and the Processor (together "the Parties") agree as follows.</p><p>Controller name: ____________</p><p>The Processor complies with GDPR Article 28.</p>',
    ],
    [
      'a trust-center product’s documentation',
      'https://docs.trustkit.example/guides/trust-center',
      'Trust Center',
      '<p>Your trust center shows your organization’s SOC 2 report to buyers.</p><ul><li>Click Publish to make it public.</li><li>Select the documents to share.</li><li>Open Settings > Access to approve requests.</li></ul>',
    ],
    [
      'an auditor’s guide',
      'https://www.ledgerline.example/insights/soc-2-readiness',
      'SOC 2 readiness: what auditors look for',
      '<p>SOC 2 is an attestation report issued by a CPA firm. Your company must show that its controls operated over the period.</p>',
    ],
    [
      'a glossary entry',
      'https://www.complipedia.example/glossary/iso-27001',
      'ISO 27001',
      '<p>ISO 27001 is the international standard for information security management systems.</p>',
    ],
    [
      'compliance-automation marketing',
      'https://www.swiftcomply.example/soc-2',
      'Get SOC 2 compliant in weeks',
      '<p>Automate your SOC 2 evidence collection. We help startups pass their first audit.</p>',
    ],
    [
      'a blog post announcing an audit',
      'https://www.acme.example/blog/we-are-soc-2-certified',
      'We are SOC 2 Type II certified!',
      '<p>Today we are proud to share that Acme completed its SOC 2 Type II audit.</p>',
    ],
    [
      'a job ad',
      'https://www.acme.example/careers/grc-analyst',
      'GRC Analyst',
      '<p>Experience with ISO 27001 and SOC 2 audits. You will own our security questionnaires.</p>',
    ],
    [
      'a news article',
      'https://www.technews.example/article/acme-receives-iso-27001-certification',
      'Acme receives ISO 27001 certification',
      '<p>Acme said on Tuesday that it had been certified to ISO 27001 by an accredited body.</p>',
    ],
  ])('%s', async (_kind, url, title, body) => {
    const d = await detectHtml(page(title, body), url);
    expect(d.isTrustPage).toBe(false);
    expect(d.claims).toEqual([]);
  });
});

describe('a vendor naming itself with a status speaks for itself', () => {
  const soc2Page = (name: string) =>
    html(
      `SOC 2 Compliance | ${name}`,
      `<main><h1>SOC 2 Compliance</h1><p>${name} is SOC 2 Type II compliant. ${name} has completed its SOC 2 Type II audit, performed by an independent CPA firm, covering the Security and Availability criteria.</p><h2>What is SOC 2?</h2><p>SOC 2 is a framework developed by the AICPA that defines criteria for managing customer data based on five trust service principles: security, availability, processing integrity, confidentiality and privacy.</p><h2>What does SOC 2 Type II mean?</h2><p>A SOC 2 Type II report is an attestation that evaluates how well a service organization's controls operate over a period of time, usually six to twelve months.</p><h2>Requesting the report</h2><p>Customers and prospects can request a copy of the report under NDA by contacting the account manager.</p></main>`,
    );

  it('on a host that differs from its name, the page and its claim are kept', async () => {
    const d = await detectHtml(soc2Page('Quillby'), 'https://www.getquillby.example/compliance/soc2');
    expect(d.isTrustPage).toBe(true);
    expect(d.signals).not.toContain('neg:no-vendor-voice');
    expect(d.claims.map((c) => `${c.framework}:${c.status}`)).toEqual(['soc2-type2:held']);
  });

  it('a name that only appears without a status is not a voice', async () => {
    const guide = html(
      'SOC 2 Compliance | Quillby',
      `<main><h1>SOC 2 Compliance</h1><h2>What is SOC 2?</h2><p>SOC 2 is a framework developed by the AICPA that defines criteria for managing customer data based on five trust service principles: security, availability, processing integrity, confidentiality and privacy.</p><h2>What does SOC 2 Type II mean?</h2><p>A SOC 2 Type II report is an attestation that evaluates how well a service organization's controls operate over a period of time, usually six to twelve months. Quillby publishes articles about compliance for growing companies and their auditors.</p></main>`,
    );
    const d = await detectHtml(guide, 'https://www.getquillby.example/compliance/soc2');
    expect(d.isTrustPage).toBe(false);
  });
});

describe('a trust-center template is no trust page', () => {
  it('reads its fill-in fields, whatever its headings say', async () => {
    const d = await detectHtml(
      html(
        'Trust Center template',
        '<h1>Trust Center</h1><p>Security overview for [COMPANY_NAME].</p><ul><li>SOC 2 Type [I/II]: [AVAILABLE/IN PROGRESS].</li><li>ISO 27001: [CERT/NOT CERTIFIED] • Certificate: [ISO_CERT_LINK]</li><li>We encrypt data at rest and in transit.</li><li>We run annual penetration tests.</li><li>We enforce SSO and MFA for all staff.</li></ul>',
      ),
      'https://www.lumina.example/resources/trust-center',
    );
    expect(d.isTrustPage).toBe(false);
    expect(d.claims).toEqual([]);
  });
});

describe('a sub-processor list filed as an annex of the DPA', () => {
  it('is a trust page, though its address names the contract', async () => {
    const d = await detectHtml(
      page(
        'Anlage 3: Genehmigte Subunternehmer',
        '<p>Diese Anlage ist Bestandteil der Auftragsverarbeitungsvereinbarung (AVV) und listet alle genehmigten Subunternehmer auf.</p><table><tr><th>Subunternehmer</th><th>Zweck</th><th>Standort</th></tr><tr><td>Northcloud GmbH</td><td>Hosting</td><td>Frankfurt</td></tr></table>',
      ).replace('<html>', '<html lang="de">'),
      'https://legal.nordlicht.example/html/nordlicht_avv_anlage_3.html',
    );
    expect(d.isTrustPage).toBe(true);
  });

  it('the contract itself is still no trust page', async () => {
    const d = await detectHtml(
      page(
        'Auftragsverarbeitungsvereinbarung',
        '<p>Diese Vereinbarung regelt die Verarbeitung personenbezogener Daten im Auftrag gemäß Art. 28 DSGVO.</p>',
      ).replace('<html>', '<html lang="de">'),
      'https://legal.nordlicht.example/html/nordlicht_avv.html',
    );
    expect(d.isTrustPage).toBe(false);
  });
});

describe('a CMS route that calls every page an article', () => {
  it('"/component/content/article/security" is not read as a blog post', async () => {
    const d = await detectHtml(
      page(
        'Data Security',
        '<p>We host all customer data in Frankfurt. Our platform is ISO 27001 certified. Data is encrypted with AES-256 at rest and TLS in transit, and access is logged.</p>',
      ),
      'https://www.nordlicht.example/en-us/component/content/article/security?Itemid=0&catid=12',
    );
    expect(d.signals).not.toContain('neg:path-article');
    expect(d.isTrustPage).toBe(true);
  });
});

describe('a certification body or audit firm speaking of itself', () => {
  it('its page about a framework is not a trust page', async () => {
    const d = await detectHtml(
      page(
        'ISO 42001 Certification in Springfield',
        '<p>Auditra is a Licensed CPA Firm delivering independent third-party ISO 42001 Certification for organizations that build AI. As a globally recognized independent audit firm, Auditra conducts structured ISO 42001 assessments aligned with ISO/IEC 42001:2023.</p><h2>Our clients</h2><ul><li>Northwind</li><li>Contoso</li></ul><h2>Certification services</h2><p>Auditra is a Licensed CPA Firm with auditors in every time zone. As an accredited certification body we issue certificates after a two-stage audit.</p>',
      ),
      'https://auditra.example/iso-42001-certification-springfield/',
    );
    expect(d.isTrustPage).toBe(false);
    expect(d.claims).toEqual([]);
  });

  it('a vendor naming its auditor as a CPA firm keeps its trust page', async () => {
    const d = await detectHtml(
      page(
        'Security',
        '<p>Our SOC 2 Type II audit is performed every year by Auditra, a licensed CPA firm. Tern is ISO 27001 certified. We encrypt all data at rest and in transit, log every access, and run yearly penetration tests.</p>',
      ),
      'https://www.tern.example/security',
    );
    expect(d.isTrustPage).toBe(true);
    expect(d.claims.map((c) => `${c.framework}:${c.status}`).sort()).toEqual([
      'iso27001:held',
      'soc2-type2:held',
    ]);
  });
});

describe('what kind of trust page a title names', () => {
  it.each([
    ['Anlage 3: Genehmigte Subunternehmer', 'title:subprocessors'],
    // "Unternehmer" (business owners) is no subcontractor.
    ['Sicherheit für Unternehmer', 'title:security'],
  ])('%s → %s', (title, signal) => {
    expect(pageEvidence(new URL('https://www.nordlicht.example/x'), title, '', false).signals).toContain(
      signal,
    );
  });
});
