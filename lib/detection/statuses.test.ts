import { describe, expect, it } from 'vitest';
import { detectHtml, html, pairs } from '@/tests/helpers/detection';

/**
 * Kinds 3 and 4 of the real-page errors: statuses read in the wrong place, and phrasings missed.
 * Sentences written for these tests.
 */
const claimsOf = async (body: string, lang = 'en') =>
  pairs(
    (
      await detectHtml(
        html('Orbita Trust Center', body).replace('<html>', `<html lang="${lang}">`),
        'https://trust.orbita.example/',
      )
    ).claims,
  );

describe('a status stays in its own place', () => {
  it('one card’s "Active" is not the status of the card beside it', async () => {
    const body = `<div class="grid"><div><p>SOC 2 Type II</p></div><div><p>Bug bounty</p><p>Active</p></div><div><p>ISO 42001</p><p>Planned</p></div></div>`;
    expect(await claimsOf(body)).toEqual(['iso42001:planned', 'soc2-type2:held']);
  });

  it('a grid parent holding another card’s status is not read', async () => {
    const body = `<div class="cards"><p>SOC 2 Type II</p><p>Uptime</p><p>In progress</p></div>`;
    expect(await claimsOf(body)).toEqual(['soc2-type2:held']);
  });

  it('a status before a comma belongs to the name in its own part, not the nearer one after it', async () => {
    const body =
      '<p>A SOC 2 Type I audit is currently underway, with Type II certification planned once controls have been observed over time.</p>';
    expect(await claimsOf(body)).toEqual(['soc2-type1:in-progress', 'soc2-type2:planned']);
  });

  it('a date range is not a break between a name and its status', async () => {
    const body =
      '<p>We target a SOC 2 Type I report in our 2026–2027 roadmap, and ISO 27001 is certified already.</p>';
    expect(await claimsOf(body)).toEqual(['iso27001:held', 'soc2-type1:planned']);
  });

  it('the next step of a plan is planned', async () => {
    const body =
      '<p>We target a SOC 2 Type I report in our 2026–2027 roadmap, followed by a SOC 2 Type II report over the required observation window.</p>';
    expect(await claimsOf(body)).toEqual(['soc2-type1:planned', 'soc2-type2:planned']);
  });

  it('the step after a report already held is not made planned', async () => {
    const body = '<p>We hold a SOC 2 Type I report, followed by a SOC 2 Type II audit now under way.</p>';
    expect(await claimsOf(body)).toEqual(['soc2-type1:held', 'soc2-type2:in-progress']);
  });

  it('a weaker second status is not reported next to the real one', async () => {
    const body =
      '<p>Our controls are aligned with ISO 27001.</p><p>We are working towards ISO 27001 certification, with the audit expected in 2027.</p>';
    expect(await claimsOf(body)).toEqual(['iso27001:in-progress']);
  });

  it('per-item statuses do not leak into neighbouring items', async () => {
    const body =
      '<ul><li>SOC 2 Type II: audited yearly</li><li>ISO 27701: planned for 2027</li><li>HIPAA: not applicable, we do not process PHI</li></ul>';
    expect(await claimsOf(body)).toEqual(['iso27701:planned', 'soc2-type2:held']);
  });

  it('a badge gives way to a sentence about the same framework', async () => {
    const body = '<p>SOC 2 Type II</p><p>Our SOC 2 Type II observation window is under way.</p>';
    expect(await claimsOf(body)).toEqual(['soc2-type2:in-progress']);
  });

  it('different products keep different statuses', async () => {
    const body =
      '<p>Orbita Mail holds a FedRAMP Moderate authorization. Orbita Docs is in the process of FedRAMP authorization.</p>';
    expect(await claimsOf(body)).toEqual(['fedramp:held', 'fedramp:in-progress']);
  });
});

describe('controls in place are not the certificate', () => {
  it.each([
    [
      'controls in place, certificate scheduled',
      '<p>Every Cyber Essentials control is in place; the certification itself is scheduled for Q3.</p>',
      ['cyber-essentials:planned'],
    ],
    [
      'following controls without the certificate',
      '<p>We follow ISO 27001 controls but are not certified.</p>',
      ['iso27001:aligned'],
    ],
    [
      'controls in place, audit not started',
      '<p>All SOC 2 controls are in place, but the audit has not started.</p>',
      ['soc2:aligned'],
    ],
    [
      'controls in place, the certificate pending',
      '<p>Die ISO 27001 Kontrollen sind umgesetzt; die Zertifizierung ist für 2027 geplant.</p>',
      ['iso27001:planned'],
    ],
    [
      'controls audited: the vendor holds the report',
      '<p>Our SOC 2 controls are independently audited every year.</p>',
      ['soc2:held'],
    ],
    [
      'a later clause that confirms stays held',
      '<p>We are ISO 27001 certified; the certificate is valid until 2027.</p>',
      ['iso27001:held'],
    ],
  ])('%s', async (_name, body, expected) => {
    const lang = /Kontrollen/.test(body) ? 'de' : 'en';
    expect(await claimsOf(body, lang)).toEqual(expected);
  });
});

describe('phrasings', () => {
  it.each([
    [
      'planning to proceed to Type 2',
      '<p>We completed a SOC 2 Type 1 audit and are planning to proceed to Type 2.</p>',
      ['soc2-type1:held', 'soc2-type2:planned'],
    ],
    ['AI Act without EU', '<p>We are preparing for the AI Act.</p>', ['eu-ai-act:in-progress']],
    [
      'aligned with several frameworks',
      '<p>Our controls are aligned with HIPAA, GDPR and SOC 2 standards.</p>',
      ['gdpr:aligned', 'hipaa:aligned', 'soc2:aligned'],
    ],
    [
      'report available upon request, no type',
      '<p>The SOC 2 report is available upon request.</p>',
      ['soc2:held'],
    ],
    [
      'negated activity',
      '<p>Orbita is not SOC 2 certified and we are not in an active audit.</p>',
      ['soc2:not-held'],
    ],
    ['a schedule line', '<p>Q3 2027 — SOC 2 Type I readiness assessment</p>', ['soc2-type1:planned']],
    [
      'an offer is not a status',
      '<h3>HIPAA</h3><p>We can sign a BAA on request for enterprise plans.</p>',
      [],
    ],
    [
      'following a law complies with it',
      '<p>Orbita follows the GDPR in all its processing.</p>',
      ['gdpr:held'],
    ],
    [
      'following a standard aligns with it',
      '<p>Our security program follows ISO 27001.</p>',
      ['iso27001:aligned'],
    ],
    ['guidelines are alignment', '<p>Our hosting meets the ISO 27001 guidelines.</p>', ['iso27001:aligned']],
    [
      'a wh-question states what it presupposes',
      '<h2>Why is our platform GDPR compliant?</h2>',
      ['gdpr:held'],
    ],
    ['a yes/no question states nothing', '<h2>Is Orbita SOC 2 compliant?</h2>', []],
    [
      'full compliance, said of itself',
      '<ul><li>Full GDPR compliance with DPA available</li></ul>',
      ['gdpr:held'],
    ],
    [
      'an auditor engaged, the window running',
      '<ul><li>SOC 2 Type II — Audit engagement signed; observation period in flight.</li></ul>',
      ['soc2-type2:in-progress'],
    ],
    [
      'under internal evaluation',
      '<ul><li>ISO/IEC 42001:2023 — Under internal evaluation.</li></ul>',
      ['iso42001:in-progress'],
    ],
    [
      'features that support customers’ compliant workflows',
      '<p>Orbita’s audit trail and encryption support HIPAA-compliant document workflows when combined with a BAA.</p>',
      [],
    ],
    [
      'audits conducted for a list with asides',
      '<p>Orbita conducts regular independent audits for SOC2 (annually), penetration-testing (annually), and HIPAA (every 2 years).</p>',
      ['hipaa:held', 'soc2:held'],
    ],
    [
      'two statuses side by side stay apart',
      '<ul><li>SOC 2 compliant, HIPAA ready</li></ul>',
      ['hipaa:aligned', 'soc2:held'],
    ],
    [
      'reviewed against a standard, to maintain a posture',
      '<p>We continuously review our systems against ISO 27001 to maintain a consistent security posture.</p>',
      ['iso27001:aligned'],
    ],
    [
      'maintaining compliance is holding it',
      '<p>We maintain SOC 2 Type II compliance.</p>',
      ['soc2-type2:held'],
    ],
    [
      'designed for compliance',
      '<ul><li>Compliance: Designed for GDPR compliance from the ground up.</li></ul>',
      ['gdpr:aligned'],
    ],
    [
      'full compliance still worked towards',
      '<p>We are working towards full SOC 2 compliance.</p>',
      ['soc2:in-progress'],
    ],
  ])('%s', async (_kind, body, expected) => {
    expect(await claimsOf(body)).toEqual(expected);
  });

  it.each([
    ['de', '<p>Wir haben uns nach ISO 27001 erfolgreich zertifizieren lassen.</p>', ['iso27001:held']],
    ['de', '<p>Die Zertifizierung nach ISO 27701 ist für 2027 geplant.</p>', ['iso27701:planned']],
    ['de', '<p>Wir sind DSGVO-konform.</p>', ['gdpr:held']],
    ['de', '<p>Wir sind noch nicht nach SOC 2 zertifiziert.</p>', ['soc2:not-held']],
    ['fr', '<p>Notre certification ISO 27001 est en cours.</p>', ['iso27001:in-progress']],
    ['fr', '<p>Nous sommes conformes au RGPD.</p>', ['gdpr:held']],
    [
      'es',
      '<p>Estamos trabajando para obtener la certificación SOC 2 Tipo II.</p>',
      ['soc2-type2:in-progress'],
    ],
    ['es', '<p>Cumplimos con el RGPD y la CCPA.</p>', ['ccpa:held', 'gdpr:held']],
    ['pt', '<p>A certificação ISO 27001 está prevista para 2026.</p>', ['iso27001:planned']],
    ['pt', '<p>Estamos em conformidade com a LGPD e o GDPR.</p>', ['gdpr:held']],
    ['it', '<p>La certificazione ISO 27001 è in corso.</p>', ['iso27001:in-progress']],
    ['it', '<p>La piattaforma è allineata al GDPR.</p>', ['gdpr:aligned']],
    ['nl', '<p>Wij zijn bezig met de ISO 27001-certificering.</p>', ['iso27001:in-progress']],
    ['nl', '<p>Wij werken conform de AVG.</p>', ['gdpr:held']],
    ['ja', '<p>当社はSOC2の取得に向けた準備を進めています。</p>', ['soc2:in-progress']],
    ['ja', '<p>ISMS(ISO27001)認証を取得済みです。</p>', ['iso27001:held']],
    [
      'de',
      '<p>Orbita unterzieht sich einmal im Jahr einem Audit durch eine Drittpartei, um unsere Plattform nach dem PCI-DSS zu zertifizieren.</p>',
      ['pci-dss:held'],
    ],
    ['de', '<p>Wir lassen unser Produkt jährlich nach dem PCI-DSS zertifizieren.</p>', ['pci-dss:held']],
    ['de', '<p>Wir planen, uns nach ISO 27001 zertifizieren zu lassen.</p>', ['iso27001:planned']],
    ['fr', '<p>Orbita se soumet chaque année à un audit ISO 27001.</p>', ['iso27001:held']],
    ['es', '<p>Orbita se somete a una auditoría SOC 2 cada año.</p>', ['soc2:held']],
    ['it', '<p>Orbita si sottopone a un audit ISO 27001 ogni anno.</p>', ['iso27001:held']],
    ['nl', '<p>Orbita ondergaat jaarlijks een ISO 27001-audit.</p>', ['iso27001:held']],
    [
      'nl',
      '<p>Ons team zorgt voor een robuust informatiebeveiligingssysteem op basis van ISO27001 normen.</p>',
      ['iso27001:aligned'],
    ],
    [
      'ja',
      '<p>Orbita のシステムは SOC 1 および SOC 2 のプログラムの一環として定期的に監査を受けています。</p>',
      ['soc1:held', 'soc2:held'],
    ],
    [
      'ja',
      '<p>Orbita は ISO 27001・ISO 27017 の認証を取得済みです。</p>',
      ['iso27001:held', 'iso27017:held'],
    ],
  ])('%s: %s', async (lang, body, expected) => {
    expect(await claimsOf(body, lang)).toEqual(expected);
  });
});

describe('a list item that says how it stands after a dash', () => {
  it.each([
    [
      'a short label',
      '<ul><li>SOC 2 Type II</li><li>ISO 27001 — full alignment.</li></ul>',
      ['iso27001:aligned', 'soc2-type2:held'],
    ],
    ['a label with a colon', '<ul><li>NIST AI RMF: aligned</li></ul>', ['nist-ai-rmf:aligned']],
    [
      'a longer item naming two laws',
      '<p>We are SOC 2 Type II audited.</p><ul><li>UK GDPR &amp; DPA 2018 — full alignment, records of processing maintained.</li></ul>',
      ['gdpr:aligned', 'soc2-type2:held'],
    ],
    // The dash's words are read, not only the first ones: a certificate stays held.
    [
      'a held certificate',
      '<ul><li>ISO 27001 — certified since 2021, aligned with ISO 27002.</li></ul>',
      ['iso27001:held'],
    ],
  ])('%s', async (_name, body, expected) => {
    expect(await claimsOf(body)).toEqual(expected);
  });
});

describe('a status matrix and a report still to come are not held', () => {
  it('reads "Not yet started" as planned and "Not pursued" as not held in a status column', async () => {
    const body =
      '<p>Framework</p><p>Status</p><p>Notes</p>' +
      '<p>SOC 2 Type I</p><p>Not yet started</p><p>Audit engagement is not yet signed. Target Q4 2026.</p>' +
      '<p>ISO/IEC 27001:2022</p><p>Not pursued</p><p>Not on the near-term roadmap.</p>' +
      '<p>HIPAA</p><p>Not applicable</p><p>We process no health data.</p>';
    expect(await claimsOf(body)).toEqual(['hipaa:not-held', 'iso27001:not-held', 'soc2-type1:planned']);
  });

  it.each([
    ['Once SOC 2 issues, the summary report is available under NDA.', ['soc2:planned']],
    ['When our SOC 2 Type II report is issued, it will be available under NDA.', ['soc2-type2:planned']],
    ['After the audit completes, the SOC 2 report will be shared on request.', ['soc2:planned']],
    // Past and present stay held.
    ['We completed our SOC 2 Type II audit in 2025; the report is available under NDA.', ['soc2-type2:held']],
    ['When customers ask, we share our SOC 2 Type II report under NDA.', ['soc2-type2:held']],
  ])('%s', async (sentence, expected) => {
    expect(await claimsOf(`<p>${sentence}</p>`)).toEqual(expected);
  });

  it('reads "HIPAA-ready" as built for it, not held, over a heading that only names it', async () => {
    const body =
      '<p>Security &amp; HIPAA</p><h2>Built for practices</h2><p>HIPAA-ready architecture, BAA signable on every paid plan.</p>';
    expect(await claimsOf(body)).toEqual(['hipaa:aligned']);
  });

  it.each([
    ['en', 'Orbita complies with the principles of the GDPR.', ['gdpr:aligned']],
    [
      'it',
      'Orbita è progettato in conformità ai principi del GDPR, inclusi minimizzazione dei dati e riservatezza.',
      ['gdpr:aligned'],
    ],
    ['en', 'Orbita is GDPR compliant and follows the principles of privacy by design.', ['gdpr:held']],
  ])('principles of a framework (%s): %s', async (lang, sentence, expected) => {
    expect(await claimsOf(`<p>${sentence}</p>`, lang)).toEqual(expected);
  });
});

describe('what the vendor itself complies with or aligns to', () => {
  it.each([
    [
      'standards it complies with, listed after "such as"',
      'We formally comply with various industry standards, such as ISO 27001 and PCI DSS.',
      ['iso27001:held', 'pci-dss:held'],
    ],
    // Examples of a kind, or frameworks the customer meets, stay examples.
    [
      'frameworks its customers meet',
      'We help customers comply with frameworks such as SOC 2 and ISO 27001.',
      [],
    ],
    ['standards a product supports', 'Our platform supports standards such as HIPAA and GDPR.', []],
    [
      'a program aligned with a framework, words between',
      'We align our security program with SOC 2 Trust Service Criteria. This is not a certification claim.',
      ['soc2:aligned'],
    ],
    // A name the engine does not know, listed first, does not hide the verb from the next one.
    [
      'reviewed against a list that starts with an unknown name',
      'We continuously review our systems against SOC, ISO 27001, and CIS benchmark requirements.',
      ['iso27001:aligned'],
    ],
    [
      'engineered against a framework',
      'Our platform was engineered against the SOC 2 Trust Service Criteria.',
      ['soc2:aligned'],
    ],
    [
      'aligned with a list of names',
      'Our controls are mapped to NIST CSF, PCI DSS and ISO 27001.',
      ['iso27001:aligned', 'pci-dss:aligned'],
    ],
    // Only capitalised names count as listed: a lower-case phrase before a comma ends the verb's reach.
    [
      'a phrase before a comma is not a listed name',
      'Designed with care, SOC 2 Type II certified.',
      ['soc2-type2:held'],
    ],
  ])('%s', async (_name, sentence, expected) => {
    expect(await claimsOf(`<p>${sentence}</p>`)).toEqual(expected);
  });
});

describe('what a page says around its badges and statements', () => {
  it('controls mapped against a framework are aligned to it, whatever else is "in place"', async () => {
    expect(
      await claimsOf(
        '<p>This document inventories the controls Orbita has in place as of Phase 10, mapped against the SOC 2 framework.</p>',
      ),
    ).toEqual(['soc2:aligned']);
  });

  it.each([
    [
      'es',
      '<ul><li>Cumplimiento del RGPD: En la actualidad Cumple con el 97%, auditado por Aikido Security.</li></ul>',
      ['gdpr:in-progress'],
    ],
    ['en', '<p>HIPAA readiness: 91% complete.</p>', ['hipaa:in-progress']],
  ])('compliance short of all of it is in progress (%s)', async (lang, body, expected) => {
    expect(await claimsOf(body, lang)).toEqual(expected);
  });

  it('a SOC 2 not held says no typed SOC 2 badge is held', async () => {
    const body = '<p>Roadmap</p><p>SOC 2 Type II</p><p>Orbita is not SOC 2 certified yet.</p>';
    expect(await claimsOf(body)).toEqual(['soc2:not-held']);
  });

  it('a page holding no certificates lists what it aligns with, not what it holds', async () => {
    const body =
      '<h2>Standards we align with</h2><p>We do not yet hold third-party certifications — that is on the roadmap.</p><p>UK GDPR</p><p>The appliance implements measures under Articles 5, 24, 25 and 32.</p><p>EU AI Act — minimal-risk classification</p><p>Orbita is not a high-risk AI system.</p>';
    expect(await claimsOf(body)).toEqual(['eu-ai-act:aligned', 'gdpr:aligned']);
  });
});

describe('an introduction listing the vendor’s own audits', () => {
  it.each([
    [
      'pt',
      '<p>As atuais auditorias independentes de segurança da informação da Orbita incluem:</p><p>a. Padrão de segurança de dados do setor de cartões de pagamento (PCI-DSS)</p>',
      ['pci-dss:held'],
    ],
    [
      'en',
      '<p>Our certifications include:</p><p>The Payment Card Industry Data Security Standard (PCI DSS) for card data</p>',
      ['pci-dss:held'],
    ],
    // Someone else's list is not the vendor's.
    [
      'en',
      '<p>Typical certifications of cloud providers include:</p><p>The Payment Card Industry Data Security Standard (PCI DSS) for card data</p>',
      [],
    ],
  ])('%s', async (lang, body, expected) => {
    expect(await claimsOf(body, lang)).toEqual(expected);
  });
});

describe('a status table flattened to "Framework | Status" lines', () => {
  it('reads each line’s status cells for its framework', async () => {
    const body =
      '<p>Framework | Status</p>' +
      '<p>SOC 2 Type II (Security, Availability) | Annual audit; report available under NDA</p>' +
      '<p>ISO/IEC 27001 | Programme aligned; certification roadmap published to customers</p>' +
      '<p>HIPAA | Not pursued | We process no health data</p>';
    expect(await claimsOf(body)).toEqual(['hipaa:not-held', 'iso27001:planned', 'soc2-type2:held']);
  });

  it('reads "its … certification" on the vendor’s page as the vendor’s', async () => {
    expect(
      await claimsOf(
        '<p>All security measures are implemented and strictly controlled as part of its ISO 27001 certification.</p>',
      ),
    ).toEqual(['iso27001:held']);
  });
});

describe('a sentence goes on about the framework the sentence before named', () => {
  it('“We are preparing for full compliance” after a sentence about the EU AI Act', async () => {
    const body =
      '<p>The EU AI Act entered into force in 2024 and applies in stages through 2027. Orbita welcomes this framework. We are actively preparing for full compliance ahead of each deadline.</p>';
    expect(await claimsOf(body)).toEqual(['eu-ai-act:in-progress']);
  });

  it('a sentence pointing back at "these standards" speaks of every one the sentence before named', async () => {
    const body =
      '<p>The ISO 27001 and SOC 2 Type II certifications mentioned above are our hosting provider’s. Orbita, as a company, is in the process of preparing for its own certification against these standards.</p>';
    expect(await claimsOf(body)).toEqual(['iso27001:in-progress', 'soc2-type2:in-progress']);
  });

  it('without words pointing back at all of them, two frameworks named before get nothing', async () => {
    const body =
      '<p>ISO 27001 and SOC 2 are common security frameworks. Orbita is in the process of preparing for its own certification.</p>';
    expect(await claimsOf(body)).toEqual([]);
  });

  it('the vendor named as the subject speaks too', async () => {
    const body =
      '<p>ISO 27001 is the international standard for information security management. Orbita plans to complete its certification audit in 2027.</p>';
    expect(await claimsOf(body)).toEqual(['iso27001:planned']);
  });

  it.each([
    [
      'not in the vendor’s voice',
      'ISO 27001 is the best-known security standard. Most companies are working towards certification for a year.',
    ],
    [
      'two frameworks named before',
      'SOC 2 and ISO 27001 are the two standards customers ask about. We are working towards certification.',
    ],
    [
      'three sentences on',
      'ISO 27001 is the best-known security standard. It has 93 controls. They cover people and places. Customers ask about it often. We are working towards certification.',
    ],
    [
      'a status already met, which a sentence must name',
      'GDPR applies to all EU personal data. We are fully compliant.',
    ],
  ])('nothing when %s', async (_why, text) => {
    expect(await claimsOf(`<p>${text}</p>`)).toEqual([]);
  });
});

describe('a heading that titles a document is not a badge', () => {
  it('“EU AI Act Statement” over its date says nothing held', async () => {
    const body = '<h2>EU AI Act Statement</h2><p>Last updated: 26 April 2026 · Regulation (EU) 2024/1689</p>';
    expect(await claimsOf(body)).toEqual([]);
  });

  it('“Our position on the EU AI Act” over a paragraph neither', async () => {
    const body = '<h2>Our Position on the EU AI Act</h2><p>Last reviewed April 2026</p>';
    expect(await claimsOf(body)).toEqual([]);
  });

  it('a badge heading over a date is still held', async () => {
    const body = '<h2>SOC 2 Type II</h2><p>Last updated: 26 April 2026</p>';
    expect(await claimsOf(body)).toEqual(['soc2-type2:held']);
  });
});

describe('a questionnaire’s answer gives the question’s frameworks their status', () => {
  it.each([
    [
      '<ul><li>Do you have SOC 2 / ISO 27001 certification?</li><li>Not yet. Nothing is scheduled.</li></ul>',
      ['iso27001:not-held', 'soc2:not-held'],
    ],
    [
      '<h3>Are you HIPAA compliant?</h3><p>Yes. We sign BAAs with every healthcare customer.</p>',
      ['hipaa:held'],
    ],
    ['<h3>Is Orbita ISO 27001 certified?</h3><p>Yes, since 2023.</p>', ['iso27001:held']],
    [
      '<h3>Do you hold a SOC 2 Type II report?</h3><p>No, but we plan to begin our audit in 2027.</p>',
      ['soc2-type2:planned'],
    ],
    ['<h3>Sind Sie nach ISO 27001 zertifiziert?</h3><p>Noch nicht.</p>', ['iso27001:not-held']],
  ])('%s', async (body, expected) => {
    expect(await claimsOf(body)).toEqual(expected);
  });

  it.each([
    ['the reader’s own needs', '<h3>Do you need SOC 2 to use Orbita?</h3><p>No. Any team can sign up.</p>'],
    ['someone else', '<h3>Is the cloud ISO 27001 certified?</h3><p>Yes.</p>'],
    ['no yes or no', '<h3>Are you SOC 2 compliant?</h3><p>Please ask your account manager.</p>'],
  ])('nothing for %s', async (_why, body) => {
    expect(await claimsOf(body)).toEqual([]);
  });
});

describe('design and future tense are not compliance held', () => {
  it.each([
    [
      'Our assistants are designed to comply with the latest regulations, including the EU AI Act and GDPR.',
      ['eu-ai-act:aligned', 'gdpr:aligned'],
    ],
    ['Our systems and services will comply with PCI DSS.', ['pci-dss:in-progress']],
    ['We will be SOC 2 compliant by the end of the year.', ['soc2:in-progress']],
    ['We will remain SOC 2 compliant.', ['soc2:held']],
    ['Orbita is currently striving to obtain PCI DSS certification from a QSA.', ['pci-dss:in-progress']],
    ['We know just how vital it is that HR data is kept safe and GDPR compliant.', []],
    ['We comply with GDPR.', ['gdpr:held']],
  ])('%s', async (text, expected) => {
    expect(await claimsOf(`<p>${text}</p>`)).toEqual(expected);
  });

  it('in Dutch: “ontworpen om te voldoen aan … de AI Act”', async () => {
    const body =
      '<p>Onze assistenten zijn ontworpen om te voldoen aan de nieuwste wet- en regelgeving, waaronder de AI Act.</p>';
    expect(await claimsOf(body, 'nl')).toEqual(['eu-ai-act:aligned']);
  });
});

describe('a status table flattened to “Framework | Description | Status | When”', () => {
  it('each row’s status cell decides, whatever its description names', async () => {
    const body =
      '<p>SOC 2 Type I | A point-in-time review of our security controls. | In audit | Q2 2026</p>' +
      '<p>SOC 2 Type II | The same controls over a 6-month window. Following directly behind Type I. | Planned | Q4 2026</p>' +
      '<p>HIPAA BAA | A Business Associate Agreement for health data. | Available now | Today</p>';
    expect(await claimsOf(body)).toEqual(['hipaa:held', 'soc2-type1:in-progress', 'soc2-type2:planned']);
  });
});

describe('a list of certificates after a colon, and policies based on a standard', () => {
  it.each([
    ['Our certifications: SOC 2 Type II, ISO 27001.', 'en', ['iso27001:held', 'soc2-type2:held']],
    ['Upcoming certifications: ISO 42001.', 'en', ['iso42001:planned']],
    ['Our controls are operated in accordance with ISO 27001.', 'en', ['iso27001:aligned']],
    ['We process personal data in accordance with the GDPR.', 'en', ['gdpr:held']],
    ['All data is processed and stored according to the ISO 27001 standard.', 'en', ['iso27001:aligned']],
    ['We are certified according to ISO 27001.', 'en', ['iso27001:held']],
    [
      'Our controls are aligned with HIPAA Security Rule requirements, industry best practices, and SOC 2 standards.',
      'en',
      ['hipaa:aligned', 'soc2:aligned'],
    ],
    [
      'Our controls are aligned with NIST CSF, ISO 27001, and SOC 2.',
      'en',
      ['iso27001:aligned', 'soc2:aligned'],
    ],
    [
      'Our controls are aligned with industry best practices, and we hold a SOC 2 Type II report.',
      'en',
      ['soc2-type2:held'],
    ],
    ['Alle data wordt volgens de ISO 27001-norm verwerkt en opgeslagen.', 'nl', ['iso27001:aligned']],
    ['Wij werken volgens de ISO 27001-norm.', 'nl', ['iso27001:aligned']],
    ['Wij zijn gecertificeerd volgens de ISO 27001-norm.', 'nl', ['iso27001:held']],
    ['Alle Daten werden gemäß ISO 27001 verarbeitet.', 'de', ['iso27001:aligned']],
    ['Nous traitons les données selon la norme ISO 27001.', 'fr', ['iso27001:aligned']],
    ['Tratamos los datos de acuerdo con la norma ISO 27001.', 'es', ['iso27001:aligned']],
    ['Tratamos os dados de acordo com a norma ISO 27001.', 'pt', ['iso27001:aligned']],
    ['Trattiamo i dati secondo la norma ISO 27001.', 'it', ['iso27001:aligned']],
    [
      'Acme is ISO/IEC 27001:2013 certified & SOC 2 Type II compliant. Acme also uses industry-standard practices.',
      'en',
      ['iso27001:held', 'soc2-type2:held'],
    ],
    [
      'Las políticas de seguridad de la información se basan en la norma ISO/IEC 27001:2022.',
      'es',
      ['iso27001:aligned'],
    ],
  ])('%s', async (text, lang, expected) => {
    expect(await claimsOf(`<p>${text}</p>`, lang)).toEqual(expected);
  });
});

describe('a status table that is still a template', () => {
  it('an unfilled status ("[certified / in preparation]") states nothing; "addressed" is aligned', async () => {
    const body =
      '<table><tr><th>Standard</th><th>Status</th><th>Scope</th></tr>' +
      '<tr><td>ISO/IEC 27001 (ISMS)</td><td>[certified / in preparation]</td><td>Cloud platform</td></tr>' +
      '<tr><td>SOC 2 Type II</td><td>[report available / in preparation]</td><td>Cloud platform</td></tr>' +
      '<tr><td>GDPR</td><td>addressed</td><td>Processing of personal data</td></tr></table>';
    expect(await claimsOf(body)).toEqual(['gdpr:aligned']);
  });

  it('a filled-in row of the same table keeps its status', async () => {
    const body =
      '<table><tr><th>Standard</th><th>Status</th></tr><tr><td>ISO/IEC 27001</td><td>certified</td></tr>' +
      '<tr><td>ISO/IEC 42001</td><td>[certified / planned]</td></tr></table>';
    expect(await claimsOf(body)).toEqual(['iso27001:held']);
  });
});

describe('compliance only where it applies, and best practices named in brackets', () => {
  it.each([
    ['en', 'Orbita is compliant with GDPR and with HIPAA (where applicable).', ['gdpr:held']],
    ['pt', 'A Orbita está em conformidade com a LGPD e com a HIPAA (quando aplicável).', []],
    ['de', 'Orbita erfüllt die DSGVO und HIPAA, soweit anwendbar.', ['gdpr:held']],
  ])('a conditional compliance (%s) is no claim: %s', async (lang, sentence, expected) => {
    expect(await claimsOf(`<p>${sentence}</p>`, lang)).toEqual(expected);
  });

  it.each([
    [
      'pt',
      'Esta política segue as melhores práticas nacionais e internacionais de segurança da informação (ISO/IEC 27001, NIST SP 800-53).',
    ],
    ['en', 'Our policy follows industry best practices for information security (ISO 27001, CIS Controls).'],
  ])('best practices with the standard in brackets (%s) are alignment', async (lang, sentence) => {
    expect(await claimsOf(`<p>${sentence}</p>`, lang)).toEqual(['iso27001:aligned']);
  });
});

describe('a list entry: a label, then what it means', () => {
  it.each([
    ['en', 'SOC 2 Type II compliance: annual third-party security audits', ['soc2-type2:held']],
    ['es', 'Certificación ISO 27001: Estándares internacionales de gestión de seguridad', ['iso27001:held']],
    // What the description says decides; a definition or a question states nothing.
    ['en', 'HIPAA readiness: we are preparing for our first assessment', ['hipaa:in-progress']],
    ['en', 'SOC 2 Type II: an auditing standard developed by the AICPA', []],
    ['en', 'ISO 27001 certification: what does it mean for you?', []],
    ['en', 'PCI DSS: not applicable, we take no card payments', []],
  ])('(%s) %s', async (lang, item, expected) => {
    expect(await claimsOf(`<ul><li>${item}</li><li>Zero trust: no implicit trust</li></ul>`, lang)).toEqual(
      expected,
    );
  });
});

describe('French work in progress', () => {
  it.each([
    [
      "Préparation à la norme ISO 27001 : l'audit de certification aura lieu l'an prochain.",
      ['iso27001:in-progress'],
    ],
    [
      "Pour l'AI Act, nous mettons actuellement en œuvre le cadre de gouvernance requis.",
      ['eu-ai-act:in-progress'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await claimsOf(`<p>${sentence}</p>`, 'fr')).toEqual(expected);
  });
});

describe('cards flattened to one-item lists, each followed by its status line', () => {
  it('each card takes the line after it, never the line before (the previous card’s)', async () => {
    const body =
      '<p>What is in place today, not aspirational.</p>' +
      '<ul><li>SOC 2 Type II</li></ul><p>Attestation issued January 2026.</p>' +
      '<ul><li>ISO 27001</li></ul><p>In progress.</p>' +
      '<ul><li>HIPAA</li></ul><p>Not claimed.</p>';
    expect(await claimsOf(body)).toEqual(['hipaa:not-held', 'iso27001:in-progress', 'soc2-type2:held']);
  });

  it('a list of several items still takes its introduction', async () => {
    const body =
      '<p>We are working towards:</p><ul><li>ISO 27001</li><li>ISO 42001</li></ul><p>Contact us.</p>';
    expect(await claimsOf(body)).toEqual(['iso27001:in-progress', 'iso42001:in-progress']);
  });
});

describe('a status stated next to the name beats an aside past a dash', () => {
  it.each([
    ['ISO 27001 certification in progress — final audit scheduled September 2026', ['iso27001:in-progress']],
    // Past a comma the sentence may go on about the same framework: the most cautious cue still wins.
    ['Orbita is not yet SOC 2 compliant, but we plan to start the audit this year.', ['soc2:planned']],
    // Weak cues next to the name do not silence a stated status past the dash.
    ['2026 Q3 — SOC 2 Type I readiness assessment', ['soc2-type1:planned']],
  ])('%s', async (sentence, expected) => {
    expect(await claimsOf(`<p>${sentence}</p>`)).toEqual(expected);
  });
});

describe('a report issued, and criteria followed, in Spanish and Portuguese', () => {
  it.each([
    [
      'es',
      'Orbita ha demostrado, a través de la emisión del informe SOC 2 Tipo 2 por un auditor externo, que sus controles funcionan.',
      ['soc2-type2:held'],
    ],
    ['pt', 'A Orbita tem o relatório SOC 2 Tipo 2 emitido por um auditor independente.', ['soc2-type2:held']],
    [
      'es',
      'Nuestro programa de seguridad sigue los criterios establecidos por el marco SOC 2.',
      ['soc2:aligned'],
    ],
  ])('(%s) %s', async (lang, sentence, expected) => {
    expect(await claimsOf(`<p>${sentence}</p>`, lang)).toEqual(expected);
  });
});

describe('a parent heading saying the vendor holds what the headings under it name', () => {
  it.each([
    [
      'en',
      '<h2>Certifications we hold</h2><h3>ISO 27001</h3><p>ISO 27001 is the international standard for information security management.</p><h3>SOC 2 Type II</h3><p>SOC 2 is an audit framework of the AICPA.</p>',
      ['iso27001:held', 'soc2-type2:held'],
    ],
    [
      'ja',
      '<h2>取得認証情報</h2><h3>ISO 27001・ISO 27017</h3><p>例えば、クラウド事業者がISO/IEC 27001の認証を取得していることで、適切な対策を判断できます。</p>',
      ['iso27001:held', 'iso27017:held'],
    ],
    // A bare "Certifications" heading says nothing about who holds them: a guide's sections stay silent.
    [
      'en',
      '<h2>Certifications</h2><h3>ISO 27001</h3><p>ISO 27001 is the international standard for information security management.</p>',
      [],
    ],
  ])('(%s) %s', async (lang, body, expected) => {
    expect(await claimsOf(body, lang)).toEqual(expected);
  });
});
