import { describe, expect, it } from 'vitest';
import { detectHtml, html, pairs } from '@/tests/helpers/detection';

/**
 * Kind 1 of the real-page errors: someone else's certificates given to the vendor. Every claim has a
 * subject; a third party's certificate becomes a fact about that third party. Sentences written for
 * these tests.
 */
const TRUST_URL = 'https://trust.lumina.example/';
const detectBody = (body: string, lang = 'en') =>
  detectHtml(html('Lumina Trust Center', body).replace('<html>', `<html lang="${lang}">`), TRUST_URL);
const facts = (d: { thirdParty: { subject: string; framework: string; status: string }[] }) =>
  d.thirdParty.map((f) => `${f.subject}|${f.framework}`).sort();

describe('third parties’ certificates are facts about them, never the vendor’s claims', () => {
  it('a provider card flattened to lines: its certifications field is the provider’s', async () => {
    const d = await detectBody(
      '<h2>Hosting</h2><p>Google Cloud Platform – Frankfurt</p><p>• Region: europe-west3</p>' +
        '<p>• Certifications: ISO 27001, SOC 2 Type II</p><p>• Backups: daily</p>' +
        '<h2>Our certifications</h2><p>• Certifications: ISO 27001</p>',
    );
    expect(pairs(d.claims)).toEqual(['iso27001:held']);
    expect(facts(d)).toEqual(['Google Cloud Platform|iso27001', 'Google Cloud Platform|soc2-type2']);
  });

  it('certified data centres after a well-known provider’s name are that provider’s', async () => {
    const d = await detectBody(
      '<ul><li>Azure hosting, ISO 27001 certified data centres</li><li>Daily backups</li></ul>',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual(['Azure|iso27001']);
  });

  it('HIPAA-eligible services are eligible, not compliant: nobody’s HIPAA', async () => {
    const d = await detectBody(
      '<h2>Our providers</h2><h3>Google Cloud</h3><p>Compute and storage</p>' +
        '<ul><li>ISO 27001</li><li>HIPAA-eligible services</li></ul><p>Our plans are HIPAA eligible.</p>',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual(['Google Cloud|iso27001']);
  });

  it('"X beschikt bijvoorbeeld over …": examples of what X holds, X’s facts', async () => {
    const d = await detectBody(
      '<p>Onze servers staan bij een hostingbedrijf dat ruimtes van Equinix gebruikt. Equinix beschikt bijvoorbeeld over ISO 27001 en SOC 2 Type 2.</p>',
      'nl',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual(['Equinix|iso27001', 'Equinix|soc2-type2']);
  });

  it('a cloud host named with its role, then by name alone', async () => {
    const d = await detectBody(
      '<p>Our platform runs on AWS, which holds ISO/IEC 27001, 27017, 27018 and SOC 1/2/3 reports.</p>',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual([
      'AWS|iso27001',
      'AWS|iso27017',
      'AWS|iso27018',
      'AWS|soc1',
      'AWS|soc2',
      'AWS|soc3',
    ]);
  });

  it('a host introduced before a list of its certifications', async () => {
    const d = await detectBody(
      '<p>Lumina is hosted on Northcloud. Northcloud maintains the following certifications:</p><ul><li>SOC 2 Type II</li><li>PCI DSS</li></ul><p>Lumina itself is ISO 27001 certified.</p>',
    );
    expect(pairs(d.claims)).toEqual(['iso27001:held']);
    expect(facts(d)).toEqual(['Northcloud|pci-dss', 'Northcloud|soc2-type2']);
  });

  it('a "built on compliant infrastructure" card', async () => {
    const d = await detectBody(
      '<section><h3>Built on compliant infrastructure</h3><ul><li>SOC 2 Type II</li><li>PCI DSS</li></ul></section>',
    );
    expect(d.claims).toEqual([]);
  });

  it('a data centre described as a compliant facility', async () => {
    const d = await detectBody(
      '<p>Our data centre is a Tier IV, PCI DSS and ISO 27001 compliant facility operated by Vaultline.</p>',
    );
    expect(d.claims).toEqual([]);
  });

  it('a payment processor and a sub-processor', async () => {
    const d = await detectBody(
      '<p>Payments are processed by Paystream, a PCI DSS Level 1 certified payment processor.</p><p>Our email sub-processor, Postwise, is SOC 2 Type II audited.</p><p>We are SOC 2 Type I audited.</p>',
    );
    expect(pairs(d.claims)).toEqual(['soc2-type1:held']);
    expect(facts(d)).toEqual(['Paystream|pci-dss', 'Postwise|soc2-type2']);
  });

  it('an auditor’s own accreditation', async () => {
    const d = await detectBody(
      '<p>Lumina is certified to ISO 27001 by Certora. Certora, our auditor, is itself accredited to ISO 17021 and holds ISO 27001.</p>',
    );
    expect(pairs(d.claims)).toEqual(['iso27001:held']);
    expect(facts(d)).toEqual(['Certora|iso27001']);
  });

  it('the customer’s own compliance', async () => {
    const d = await detectBody(
      '<p>Customers remain responsible for their own HIPAA compliance.</p><p>We help healthcare customers meet HIPAA requirements.</p>',
    );
    expect(d.claims).toEqual([]);
  });

  it('a document that is compliant, not the vendor', async () => {
    const d = await detectBody('<p>Download our GDPR-compliant DPA template.</p>');
    expect(d.claims).toEqual([]);
  });

  it.each([
    ['de', '<p>Unsere Server stehen in ISO 27001-zertifizierten Rechenzentren von Hetzner.</p>', 'Hetzner'],
    ['fr', '<p>Nos données sont hébergées chez OVHcloud, certifié ISO 27001.</p>', 'OVHcloud'],
    ['es', '<p>Alojamos los datos en AWS, que cuenta con la certificación ISO 27001.</p>', 'AWS'],
    ['pt', '<p>Usamos a Azure, que possui certificação ISO 27001.</p>', 'Azure'],
    ['it', '<p>I dati sono ospitati su Microsoft Azure, certificato ISO 27001.</p>', 'Microsoft Azure'],
    ['nl', '<p>Onze servers staan in een ISO 27001 gecertificeerd datacenter van Equinix.</p>', 'Equinix'],
    ['ja', '<p>当社のサービスはAWS上で稼働しており、AWSはISO 27001認証を取得しています。</p>', 'AWS'],
  ])('%s: a host’s ISO 27001', async (lang, body, subject) => {
    const d = await detectBody(body, lang);
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual([`${subject}|iso27001`]);
  });
});

describe('infrastructure as a subject is the hosts’, the platform is the vendor’s', () => {
  it('generic infrastructure, data centres and cloud providers', async () => {
    const d = await detectBody(
      '<p>Infrastructure is SOC 2 Type II certified.</p><p>Our hosting infrastructure is ISO 27001 certified.</p><p>Our data centers are SOC 2 compliant.</p><p>Our cloud providers maintain ISO 27017.</p>',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual([
      'Infrastructure|soc2-type2',
      'cloud providers|iso27017',
      'data centers|soc2',
      'hosting infrastructure|iso27001',
    ]);
  });

  it('the platform, the product, the company, and a platform coordinated with infrastructure', async () => {
    const d = await detectBody(
      '<p>Our platform is SOC 2 Type II certified. Our company is ISO 27001 certified. Our product is ISO 27701 certified.</p><p>Our service and infrastructure are PCI DSS compliant.</p><p>Our hosting infrastructure meets the ISO 42001 guidelines.</p>',
    );
    expect(pairs(d.claims)).toEqual([
      'iso27001:held',
      'iso27701:held',
      'iso42001:aligned',
      'pci-dss:held',
      'soc2-type2:held',
    ]);
    expect(d.thirdParty).toEqual([]);
  });

  it.each([
    [
      'de',
      '<p>Unsere Infrastruktur ist nach ISO 27001 zertifiziert. Wir sind SOC 2 Type I auditiert.</p>',
      'Infrastruktur',
    ],
    [
      'fr',
      '<p>Notre infrastructure est certifiée ISO 27001. Nous sommes certifiés SOC 2 Type I.</p>',
      'infrastructure',
    ],
    [
      'es',
      '<p>Nuestra infraestructura está certificada ISO 27001. Contamos con SOC 2 Tipo I.</p>',
      'infraestructura',
    ],
  ])('%s: infrastructure’s ISO 27001, the vendor’s SOC 2', async (lang, body, subject) => {
    const d = await detectBody(body, lang);
    expect(pairs(d.claims)).toEqual(['soc2-type1:held']);
    expect(facts(d)).toEqual([`${subject}|iso27001`]);
  });
});

describe('a list introduced as a third party’s is that party’s', () => {
  it('an introduction whose subject is a named provider', async () => {
    const d = await detectBody(
      '<p>Skyhold Cloud maintains the following certifications:</p><ul><li>ISO 27001 / 27017 / 27018</li><li>SOC 1 / 2 / 3</li><li>PCI DSS Level 1</li></ul><p>We are SOC 2 Type I audited.</p>',
    );
    expect(pairs(d.claims)).toEqual(['soc2-type1:held']);
    expect(facts(d)).toEqual([
      'Skyhold Cloud|iso27001',
      'Skyhold Cloud|iso27017',
      'Skyhold Cloud|iso27018',
      'Skyhold Cloud|pci-dss',
      'Skyhold Cloud|soc1',
      'Skyhold Cloud|soc2',
      'Skyhold Cloud|soc3',
    ]);
  });

  it('a provider introduced with its role in the introduction', async () => {
    const d = await detectBody(
      '<p>Our platform runs on Skyhold Cloud, which maintains the following certifications:</p><ul><li>ISO 27001 / 27017</li><li>SOC 2/3</li></ul><p>Lumina is ISO 42001 certified.</p>',
    );
    expect(pairs(d.claims)).toEqual(['iso42001:held']);
    expect(facts(d)).toEqual([
      'Skyhold Cloud|iso27001',
      'Skyhold Cloud|iso27017',
      'Skyhold Cloud|soc2',
      'Skyhold Cloud|soc3',
    ]);
  });

  it('a heading naming the hosting provider after a colon', async () => {
    const d = await detectBody(
      '<h3>Our hosting provider: Vercelle</h3><ul><li>SOC 2 Type II</li><li>ISO 27001</li></ul><p>We are SOC 2 Type I audited.</p>',
    );
    expect(pairs(d.claims)).toEqual(['soc2-type1:held']);
    expect(facts(d)).toEqual(['Vercelle|iso27001', 'Vercelle|soc2-type2']);
  });

  it('a provider’s list with a description after each certification', async () => {
    const d = await detectBody(
      '<p>Nuestra plataforma se aloja en proveedores de nube líderes, que ofrecen:</p><ul><li>Certificación ISO 27001: gestión de la seguridad de la información</li><li>SOC 2 Type II: auditoría independiente anual de los controles de seguridad física</li><li>Centros de datos Tier III: energía redundante</li></ul><p>Contamos con la certificación ISO 27701.</p>',
      'es',
    );
    expect(pairs(d.claims)).toEqual(['iso27701:held']);
    expect(d.thirdParty.map((f) => `${f.framework}:${f.status}`).sort()).toEqual([
      'iso27001:held',
      'soc2-type2:held',
    ]);
  });

  it('unnamed providers introduced with a relative clause', async () => {
    const d = await detectBody(
      '<p>We partner with industry-leading providers that maintain the following certifications:</p><ul><li>SOC 2 Type II</li><li>ISO 27001</li></ul><p>We are ISO 27701 certified.</p>',
    );
    expect(pairs(d.claims)).toEqual(['iso27701:held']);
    expect(facts(d)).toEqual([
      'industry-leading providers|iso27001',
      'industry-leading providers|soc2-type2',
    ]);
  });

  it.each([
    ['en', 'Infrastructure certifications', 'Infrastructure'],
    ['en', 'Our hosting provider’s compliance', 'hosting provider'],
    ['de', 'Zertifizierungen unserer Infrastruktur', 'Infrastruktur'],
    ['fr', 'Certifications de notre hébergeur', 'hébergeur'],
    ['es', 'Certificaciones de nuestro proveedor de nube', 'proveedor de nube'],
  ])('%s: a heading naming the infrastructure over a list: %s', async (lang, heading, subject) => {
    const d = await detectBody(
      `<h3>${heading}</h3><ul><li>ISO 27001</li><li>SOC 2 Type II</li></ul><h3>Lumina</h3><ul><li>ISO 27701</li></ul>`,
      lang,
    );
    expect(pairs(d.claims)).toEqual(['iso27701:held']);
    expect(facts(d)).toEqual([`${subject}|iso27001`, `${subject}|soc2-type2`]);
  });

  it('cards under a heading naming the infrastructure, next to the vendor’s own cards', async () => {
    const d = await detectBody(
      '<h3>Infrastructure certifications</h3><div><p>SOC 2 Type II</p><p>ISO 27001</p></div><h3>Certifications</h3><div><p>ISO 27701</p><p>SOC 2 Type I</p></div>',
    );
    expect(pairs(d.claims)).toEqual(['iso27701:held', 'soc2-type1:held']);
    expect(facts(d)).toEqual(['Infrastructure|iso27001', 'Infrastructure|soc2-type2']);
  });

  it('the vendor introducing its own list keeps it', async () => {
    const d = await detectBody(
      '<p>Lumina maintains the following certifications:</p><ul><li>ISO 27001</li><li>SOC 2 Type II</li></ul><p>We work with partners and hold these certifications:</p><ul><li>HIPAA</li></ul><h3>Cloud compliance</h3><ul><li>PCI DSS</li></ul>',
    );
    expect(pairs(d.claims)).toEqual(['hipaa:held', 'iso27001:held', 'pci-dss:held', 'soc2-type2:held']);
    expect(d.thirdParty).toEqual([]);
  });
});

describe('certifications listed for a sub-processor are that sub-processor’s', () => {
  const ENTRY =
    'Northwind LLC (Northwind Mail) — Security Certifications: ISO 27001, ISO 27017, SOC 2/3, GDPR compliant';
  const expected = [
    'Northwind LLC (Northwind Mail)|gdpr',
    'Northwind LLC (Northwind Mail)|iso27001',
    'Northwind LLC (Northwind Mail)|iso27017',
    'Northwind LLC (Northwind Mail)|soc2',
    'Northwind LLC (Northwind Mail)|soc3',
  ];

  it('a table row under a sub-processor header', async () => {
    const d = await detectBody(
      `<table><thead><tr><th>Sub-processor</th><th>Details</th></tr></thead><tbody><tr><td>Northwind LLC (Northwind Mail)</td><td>Email. ${ENTRY.split(' — ')[1]}</td></tr></tbody></table><p>We are ISO 42001 certified.</p>`,
    );
    expect(pairs(d.claims)).toEqual(['iso42001:held']);
    expect(facts(d)).toEqual(expected);
  });

  it('a card of fields under the sub-processor’s name, on a subcontractors page', async () => {
    const d = await detectBody(
      '<h1>Subcontractors list</h1><h2>Active subcontractors</h2><h3>Northwind Cloud</h3><p>Infrastructure hosting</p><p>Location: France</p><p>Certifications: ISO 27001, SOC 2 Type II</p><p>Sovereignty: 100% France, GDPR compliant</p><h3>Quillmark AI</h3><p>Certifications: SOC 2 Type II</p>',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual([
      'Northwind Cloud|gdpr',
      'Northwind Cloud|iso27001',
      'Northwind Cloud|soc2-type2',
      'Quillmark AI|soc2-type2',
    ]);
  });

  it('the sub-processor section’s own heading names no party', async () => {
    const d = await detectBody(
      '<h2>Sub-processors</h2><p>Each vendor we use is itself a SOC 2 Type II-certified processor.</p>',
    );
    expect(d.thirdParty.map((f) => f.subject)).not.toContain('Sub-processors');
  });

  it('a list entry under a sub-processor heading', async () => {
    const d = await detectBody(
      `<h2>Subprocessors</h2><ul><li>${ENTRY}</li></ul><h2>Our certifications</h2><p>We are ISO 42001 certified.</p>`,
    );
    expect(pairs(d.claims)).toEqual(['iso42001:held']);
    expect(facts(d)).toEqual(expected);
  });

  it('list entries led by an organisation, without a heading', async () => {
    const d = await detectBody(
      `<ul><li>${ENTRY}</li><li>Brightpost, Inc. — SOC 2 Type II, ISO 27001</li></ul><p>We are ISO 42001 certified.</p>`,
    );
    expect(pairs(d.claims)).toEqual(['iso42001:held']);
    expect(facts(d)).toEqual(
      [...expected, 'Brightpost, Inc.|iso27001', 'Brightpost, Inc.|soc2-type2'].sort(),
    );
  });

  it('entries under a heading naming other parties', async () => {
    const d = await detectBody(
      '<h3>Vendors we rely on</h3><ul><li>Paystream — payment processing, PCI DSS Level 1 certified</li><li>Skyhold — hosting, SOC 2 Type II and ISO 27001</li></ul><h3>Security program</h3><ul><li>SOC 2 Type I — audited by Certora</li></ul>',
    );
    expect(pairs(d.claims)).toEqual(['soc2-type1:held']);
    expect(facts(d)).toEqual(['Paystream|pci-dss', 'Skyhold|iso27001', 'Skyhold|soc2-type2']);
  });

  it('the vendor’s own entries and labelled lists stay its claims', async () => {
    const d = await detectBody(
      '<ul><li>SOC 2 Type II: audited yearly</li><li>Lumina Cloud — ISO 27001 certified</li><li>Certifications: ISO 27701, PCI DSS</li></ul>',
    );
    expect(pairs(d.claims)).toEqual(['iso27001:held', 'iso27701:held', 'pci-dss:held', 'soc2-type2:held']);
    expect(d.thirdParty).toEqual([]);
  });
});

describe('third parties introduced by what they do for the vendor', () => {
  it.each([
    [
      'leverages X, which',
      '<p>Lumina leverages Skyhold, which is ISO 27001, SOC 2, and PCI DSS compliant.</p><p>We are SOC 2 Type I audited.</p>',
      ['Skyhold|iso27001', 'Skyhold|pci-dss', 'Skyhold|soc2'],
    ],
    [
      'provided by X, which',
      '<p>Sign-in is provided by Authlane, which is SOC 2 Type II compliant.</p><p>We are SOC 2 Type I audited.</p>',
      ['Authlane|soc2-type2'],
    ],
    [
      'relies on X, then X by name',
      '<p>We rely on Skyhold for hosting; Skyhold holds ISO 27001 and SOC 2 Type II.</p><p>We are SOC 2 Type I audited.</p>',
      ['Skyhold|iso27001', 'Skyhold|soc2-type2'],
    ],
    [
      'stored with X',
      '<p>Backups are stored with Vaultline. Vaultline is ISO 27001 certified.</p><p>We are SOC 2 Type I audited.</p>',
      ['Vaultline|iso27001'],
    ],
  ])('%s', async (_name, body, expected) => {
    const d = await detectBody(body);
    expect(pairs(d.claims)).toEqual(['soc2-type1:held']);
    expect(facts(d)).toEqual(expected);
  });

  it.each([
    [
      'a product named later without its parent company',
      '<p>Our application runs on Microsoft Skyvault. Skyvault complies with ISO 27001 and SOC 1.</p><p>We are SOC 2 Type I audited.</p>',
      ['Microsoft Skyvault|iso27001', 'Microsoft Skyvault|soc1'],
    ],
    [
      'a provider named later by its initials',
      '<p>Lumina is hosted on Northern Cloud Services. NCS maintains ISO 27001.</p><p>We are SOC 2 Type I audited.</p>',
      ['Northern Cloud Services|iso27001'],
    ],
    [
      'a service used for a purpose',
      '<p>We use Paystream for payments. Paystream is PCI DSS Level 1 certified.</p><p>We are SOC 2 Type I audited.</p>',
      ['Paystream|pci-dss'],
    ],
  ])('%s', async (_name, body, expected) => {
    const d = await detectBody(body);
    expect(pairs(d.claims)).toEqual(['soc2-type1:held']);
    expect(facts(d)).toEqual(expected);
  });

  it.each([
    [
      'en',
      '<p>Lumina inherits the physical controls of Skyhold, which is SOC 1 and ISO 27001 certified.</p><p>We are ISO 27701 certified.</p>',
    ],
    [
      'de',
      '<p>Unsere Daten liegen bei Skyhold. Skyhold ist nach ISO 27001 und SOC 1 zertifiziert.</p><p>Wir sind nach ISO 27701 zertifiziert.</p>',
    ],
    [
      'fr',
      '<p>Nous utilisons Skyhold pour l’hébergement. Skyhold est certifié ISO 27001 et SOC 1.</p><p>Nous sommes certifiés ISO 27701.</p>',
    ],
    [
      'es',
      '<p>Utilizamos Skyhold para el alojamiento. Skyhold cuenta con ISO 27001 y SOC 1.</p><p>Contamos con la certificación ISO 27701.</p>',
    ],
  ])('%s: a provider introduced in passing, then named', async (lang, body) => {
    const d = await detectBody(body, lang);
    expect(pairs(d.claims)).toEqual(['iso27701:held']);
    expect(facts(d)).toEqual(['Skyhold|iso27001', 'Skyhold|soc1']);
  });

  it('a parent’s generic remainder is not a name: "Google Cloud" is not "Cloud"', async () => {
    const d = await detectBody(
      '<p>Lumina is hosted on Google Cloud.</p><p>Cloud Security Alliance STAR Level 1: Lumina completed the CAIQ self-assessment.</p>',
    );
    expect(pairs(d.claims)).toEqual(['csa-star:self-attested']);
  });

  it('the vendor relying on its own controls keeps its claim', async () => {
    const d = await detectBody('<p>Lumina relies on its own team, which is ISO 27001 certified.</p>');
    expect(pairs(d.claims)).toEqual(['iso27001:held']);
  });
});

describe('a provider named with its part in the stack in brackets', () => {
  it('holds what the sentence says, in a list under an infrastructure heading or in prose', async () => {
    const d = await detectBody(
      '<h2>Infrastructure compliance</h2><ul><li>Basalt (database, auth, storage) is SOC 2 Type II compliant.</li><li>Paystream (payments) is a PCI Service Provider Level 1.</li></ul><p>Quarry (email delivery) is ISO 27001 certified.</p>',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual(['Basalt|soc2-type2', 'Paystream|pci-dss', 'Quarry|iso27001']);
  });

  it('the vendor’s own name in that shape stays the vendor’s', async () => {
    const d = await detectBody('<p>Lumina (web app and API) is SOC 2 Type II compliant.</p>');
    expect(pairs(d.claims)).toEqual(['soc2-type2:held']);
    expect(d.thirdParty).toEqual([]);
  });
});

describe('a provider the text introduces, with its certificates in brackets or its own words', () => {
  it('“built on Basalt (SOC 2 Type II certified)”, then its entry in a list', async () => {
    const d = await detectBody(
      '<h2>Infrastructure</h2><p>Lumina is built on Basalt (SOC 2 Type II certified) for database and storage. Payments are processed through Paystream (PCI DSS Level 1 compliant).</p>' +
        '<ul><li>Basalt: SOC 2 Type II, ISO 27001</li><li>Paystream: PCI DSS Level 1 certified</li></ul>',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual(['Basalt|iso27001', 'Basalt|soc2-type2', 'Paystream|pci-dss']);
  });

  it('“hosted on Quarry, which maintains its own SOC 2 Type II”: its own is Quarry’s', async () => {
    const d = await detectBody(
      '<p>We are hosted on Quarry, which maintains its own SOC 2 Type II report.</p>',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual(['Quarry|soc2-type2']);
  });

  it('“outsourced to Skyhold”, then Skyhold’s list of certifications and audits', async () => {
    const d = await detectBody(
      '<p>Our network and IT resources are outsourced to Skyhold Cloud Services (SCS).</p><p>SCS is a durable platform with industry-recognized certifications and audits: PCI DSS Level 1, ISO 27001 and HIPAA.</p>',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual([
      'Skyhold Cloud Services (SCS)|hipaa',
      'Skyhold Cloud Services (SCS)|iso27001',
      'Skyhold Cloud Services (SCS)|pci-dss',
    ]);
  });

  it.each([
    [
      'en',
      '<p>Card details are entered in the Paystream payment form. Paystream is PCI DSS Level 1 certified.</p>',
    ],
    [
      'de',
      '<p>Die Kartendaten werden in das Paystream-Zahlungsformular eingegeben. Paystream entspricht dem PCI DSS Level 1-Standard.</p>',
    ],
  ])('a name qualifying a payment form is the payment provider (%s)', async (lang, body) => {
    const d = await detectBody(body, lang);
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual(['Paystream|pci-dss']);
  });

  it('“All components are SOC 2 Type II certified”: the stack’s, not the vendor’s', async () => {
    const d = await detectBody('<p>All components are SOC 2 Type II certified or equivalent.</p>');
    expect(d.claims).toEqual([]);
  });

  it('an entry naming a party the page never introduced stays as it was', async () => {
    const d = await detectBody('<ul><li>Lumina: SOC 2 Type II</li></ul>');
    expect(pairs(d.claims)).toEqual(['soc2-type2:held']);
  });
});

describe('names and shorthand', () => {
  it('a host whose name has a dot keeps its whole name', async () => {
    const d = await detectBody(
      '<p>We are hosted on Fly.io, which is SOC 2 Type II certified.</p><p>Static files are served from Render.com, which holds ISO 27001.</p><p>Lumina is ISO 42001 certified.</p>',
    );
    expect(pairs(d.claims)).toEqual(['iso42001:held']);
    expect(facts(d)).toEqual(['Fly.io|soc2-type2', 'Render.com|iso27001']);
  });

  it('a dotted host named later by name alone, next to the vendor’s own claim', async () => {
    const d = await detectBody(
      '<p>Lumina runs on Fly.io. Fly.io is SOC 2 Type II audited.</p><p>Lumina is deployed on Render.com. We are SOC 2 Type I audited.</p>',
    );
    expect(pairs(d.claims)).toEqual(['soc2-type1:held']);
    expect(facts(d)).toEqual(['Fly.io|soc2-type2']);
  });

  it('"SOC 2/3" and "SOC 1 / 2 / 3" name each report with one status and holder', async () => {
    const d = await detectBody(
      '<p>We hold SOC 2/3 reports.</p><p>Our cloud provider, Skyhold, holds SOC 1 / 2 / 3 reports.</p>',
    );
    expect(pairs(d.claims)).toEqual(['soc2:held', 'soc3:held']);
    expect(d.thirdParty.map((f) => `${f.subject}|${f.framework}:${f.status}`).sort()).toEqual([
      'Skyhold|soc1:held',
      'Skyhold|soc2:held',
      'Skyhold|soc3:held',
    ]);
  });
});

describe('the vendor’s own claims, whatever it is called', () => {
  it.each([
    ['en', '<p>Lumina Cloud is SOC 2 Type II audited.</p>', ['soc2-type2:held']],
    ['de', '<p>Wir haben uns nach ISO 27001 erfolgreich zertifizieren lassen.</p>', ['iso27001:held']],
    ['fr', '<p>Lumina est certifiée ISO 27001 depuis 2022.</p>', ['iso27001:held']],
    ['es', '<p>Contamos con la certificación ISO 27001.</p>', ['iso27001:held']],
    ['pt', '<p>A Lumina é certificada ISO 27001.</p>', ['iso27001:held']],
    ['it', '<p>Lumina dispone di un sistema certificato ISO 27001.</p>', ['iso27001:held']],
    ['nl', '<p>Wij zijn ISO 27001 gecertificeerd.</p>', ['iso27001:held']],
    ['ja', '<p>当社はISO 27001認証を取得しています。</p>', ['iso27001:held']],
    ['en', '<p>We provide HIPAA-compliant hosting for clinics.</p>', ['hipaa:held']],
    // "Our certifications such as …" names examples of what the vendor holds.
    [
      'en',
      '<p>Our standards, as our certifications such as ISO 27001 attest, are strict.</p>',
      ['iso27001:held'],
    ],
    [
      'es',
      '<p>El compromiso, como atestiguan nuestras certificaciones como ISO 27001 y ENS, es total.</p>',
      ['iso27001:held'],
    ],
    // Measures taken with reference to (を参考に) the standards: aligned, no certificate.
    [
      'ja',
      '<p>当サービスでは、ISO/IEC27001及びISO/IEC27017を参考にし、以下の対策を行っています。</p>',
      ['iso27001:aligned', 'iso27017:aligned'],
    ],
    ['pt', '<p>A Lumina recebeu a certificação ISO 27001.</p>', ['iso27001:held']],
    [
      'pt',
      '<p>ISO 27017 é uma norma de nuvem. Confira nossa certificação ISO 27017 aqui.</p>',
      ['iso27017:held'],
    ],
    ['es', '<p>Lumina recibió la certificación ISO 27001 en 2024.</p>', ['iso27001:held']],
    // A law's article cited, even with a comma before the law: cited, not met.
    ['es', '<p>Lumina mantiene medidas apropiadas conforme al artículo 32, RGPD.</p>', []],
  ])('%s: %s', async (lang, body, expected) => {
    expect(pairs((await detectBody(body, lang)).claims)).toEqual(expected);
  });
});

describe('cards titled with another party’s name hold that party’s certificates', () => {
  it('a provider card: name, a short description, then its list', async () => {
    const d = await detectBody(
      '<p>Lumina is SOC 2 Type II certified.</p><h2>Where we run</h2>' +
        '<p>Northwind Hosting</p><p>Compute and object storage</p><ul><li>SOC 1 / 2 / 3</li><li>ISO 27001 / 27017</li></ul>' +
        '<p>Fabrikam DB</p><ul><li>SOC 2 Type II</li><li>HIPAA-eligible infrastructure</li></ul>',
    );
    expect(pairs(d.claims)).toEqual(['soc2-type2:held']);
    // "HIPAA-eligible" is eligibility, not compliance: no fact.
    expect(facts(d)).toEqual([
      'Fabrikam DB|soc2-type2',
      'Northwind Hosting|iso27001',
      'Northwind Hosting|iso27017',
      'Northwind Hosting|soc1',
      'Northwind Hosting|soc2',
      'Northwind Hosting|soc3',
    ]);
  });

  it('a sub-processor entry whose certifications are one labelled item of its card', async () => {
    const d = await detectBody(
      '<h2>3.2 Email</h2><p>Contoso LLC (Contoso Mail)</p><ul><li>Purpose: e-mail delivery</li>' +
        '<li>Security Certifications: ISO 27001, ISO 27018, SOC 2/3</li></ul>',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual([
      'Contoso LLC (Contoso Mail)|iso27001',
      'Contoso LLC (Contoso Mail)|iso27018',
      'Contoso LLC (Contoso Mail)|soc2',
      'Contoso LLC (Contoso Mail)|soc3',
    ]);
  });

  it('keeps the vendor’s own card, a section title, a feature title or a sentence the vendor’s', async () => {
    for (const title of [
      '<p>Lumina</p>',
      '<p>Compliance</p>',
      '<p>Continuous Security Testing</p>',
      '<p>2.1 Hosting</p>',
      '<p>We hold these reports.</p><p>Audited yearly</p>',
    ]) {
      const d = await detectBody(`${title}<ul><li>SOC 2 Type II</li><li>ISO 27001</li></ul>`);
      expect(pairs(d.claims), title).toEqual(['iso27001:held', 'soc2-type2:held']);
      expect(d.thirdParty, title).toEqual([]);
    }
  });
});

describe('a third-person subject is somebody else: the vendor says "we"', () => {
  it.each([
    ['de', '<p>Lumina wird bei zwei Anbietern in Genf gehostet. Sie sind nach ISO 27001 zertifiziert.</p>'],
    ['fr', '<p>Nos serveurs sont chez deux hébergeurs à Lyon. Ils sont certifiés ISO 27001.</p>'],
    ['nl', '<p>Lumina draait bij twee hostingpartijen in Utrecht. Zij zijn ISO 27001 gecertificeerd.</p>'],
    ['pt', '<p>A Lumina usa dois provedores em Lisboa. Eles são certificados ISO 27001.</p>'],
  ])('%s', async (lang, body) => {
    expect((await detectBody(body, lang)).claims).toEqual([]);
  });

  it('keeps the vendor’s statement where the reader is addressed first', async () => {
    const d = await detectBody(
      '<p>Wie Sie sehen, sind wir nach ISO 27001 zertifiziert.</p><p>Sie können unseren SOC 2 Typ II Bericht anfordern.</p>',
      'de',
    );
    expect(pairs(d.claims)).toEqual(['iso27001:held', 'soc2-type2:held']);
  });
});

describe('a payment processor named with its legal form', () => {
  it('is named in full, and a badge naming it in brackets is its certificate', async () => {
    const d = await detectBody(
      '<ul><li>Encrypted at rest</li><li>PCI DSS Level 1 (Paystream)</li></ul>' +
        '<p>Card payments go through Paystream, Inc., a PCI DSS Level 1 certified payment processor.</p>' +
        '<p>We are SOC 2 Type II certified.</p>',
    );
    expect(pairs(d.claims)).toEqual(['soc2-type2:held']);
    expect(d.thirdParty.map((f) => `${f.subject}|${f.framework}`)).toEqual(['Paystream, Inc|pci-dss']);
  });

  it('keeps a bracketed note that names no third party the vendor’s', async () => {
    const d = await detectBody(
      '<ul><li>PCI DSS Level 1 (Attestation of Compliance)</li><li>SOC 2 (Type II)</li></ul>',
    );
    expect(pairs(d.claims)).toEqual(['pci-dss:held', 'soc2-type2:held']);
  });
});

describe('a listed sub-processor the page names another way in a sentence', () => {
  const body =
    '<p>We are SOC 2 Type II certified. Our platform runs on AWS, which holds ISO/IEC 27001 and SOC 2 Type II attestations.</p>' +
    '<h2>Sub-processors</h2><table><tr><th>Sub-processor</th><th>Purpose</th></tr>' +
    '<tr><td>Amazon Web Services, Inc.</td><td>Cloud hosting</td></tr></table>';

  it('is named as the text introduces it (“runs on AWS”), not as the table lists it', async () => {
    const d = await detectBody(body);
    expect(pairs(d.claims)).toEqual(['soc2-type2:held']);
    expect(d.thirdParty.map((f) => `${f.subject}|${f.framework}`)).toEqual([
      'AWS|iso27001',
      'AWS|soc2-type2',
    ]);
  });
});

describe('a relative clause a few words after the party it goes on about', () => {
  it.each([
    [
      'it',
      '<p>Le nostre infrastrutture si appoggiano ai centri dati messi a disposizione da Amazon Web Service (AWS) nelle zone di disponibilità in Europa, le quali, tra le altre cose, sono certificate SOC2 e PCI DSS livello 1.</p><p>Lumina è certificata ISO 27001.</p>',
      ['iso27001:held'],
      ['Amazon Web Service (AWS)|pci-dss', 'Amazon Web Service (AWS)|soc2'],
    ],
    [
      'en',
      '<p>Our data centers, operated by Skyhold, are ISO 27001 certified. Lumina is SOC 2 Type II audited.</p>',
      ['soc2-type2:held'],
      ['Skyhold|iso27001'],
    ],
    [
      'en',
      '<p>Our servers are hosted by Hetzner in Germany, which holds ISO 27001. Lumina is SOC 2 Type II audited.</p>',
      ['soc2-type2:held'],
      ['Hetzner|iso27001'],
    ],
  ])('%s', async (lang, body, claims, third) => {
    const d = await detectBody(body, lang);
    expect(pairs(d.claims)).toEqual(claims);
    expect(facts(d)).toEqual(third);
  });
});

describe('a third party named after its certificates, or by the noun they certify', () => {
  it.each([
    [
      'held by a named hosting provider, after the list',
      '<p>Lumina is SOC 2 Type II audited. The hosting layer is covered by ISO 27001 and ISO 27002, all held by our hosting provider it’s IT A/S.</p>',
      ['soc2-type2:held'],
      ['it’s IT A/S|iso27001'],
    ],
    [
      'certified providers with the name in brackets',
      '<p>Lumina is SOC 2 Type I audited. Infrastructure hosted on SOC 2 Type II certified providers (GCP).</p>',
      ['soc2-type1:held'],
      ['GCP|soc2-type2'],
    ],
    [
      'a certified gateway',
      '<p>Lumina is SOC 2 Type I audited.</p><h2>Payments</h2><p>Colombian PCI DSS-certified gateway with industry-standard guarantees.</p>',
      ['soc2-type1:held'],
      ['gateway|pci-dss'],
    ],
    [
      'the vendor as a certified provider of something',
      '<p>Lumina is a SOC 2 Type II certified provider of payroll software.</p>',
      ['soc2-type2:held'],
      [],
    ],
  ])('%s', async (_name, body, claims, third) => {
    const d = await detectBody(body);
    expect(pairs(d.claims)).toEqual(claims);
    expect(facts(d)).toEqual(third);
  });
});

describe('a sub-processor row flattened to text', () => {
  it('gives each processor the certificates its last column lists', async () => {
    const d = await detectBody(
      '<p>Lumina is SOC 2 Type II audited.</p><h2>Current sub-processors</h2><p>Sub-processor | Purpose | Location | Transfer mechanism</p>' +
        "<p>Paystream, Inc. | Payment processing | United States | Paystream's DPA with SCCs; SOC 2 Type II + PCI DSS Level 1</p>" +
        "<p>Skyhold Inc. | Application hosting | United States | Skyhold's DPA with SCCs; SOC 2 Type II published</p>",
    );
    expect(pairs(d.claims)).toEqual(['soc2-type2:held']);
    expect(facts(d)).toEqual([
      'Paystream, Inc.|pci-dss',
      'Paystream, Inc.|soc2-type2',
      'Skyhold Inc.|soc2-type2',
    ]);
  });
});

describe('a stack listing: role, provider, badge', () => {
  it('gives each badge to the provider named above it', async () => {
    const d = await detectBody(
      '<p>Lumina is SOC 2 Type I audited.</p><h2>Infrastructure</h2><p>Hosting</p><p>Skyhold</p><p>SOC 2 Type II</p>' +
        '<p>Database</p><p>Neon PostgreSQL</p><p>SOC 2 Type II · AES-256</p><p>CDN &amp; DDoS Protection</p><p>Cloudflare</p><p>ISO 27001 · TLS encryption</p>',
    );
    expect(pairs(d.claims)).toEqual(['soc2-type1:held']);
    expect(facts(d)).toEqual(['Cloudflare|iso27001', 'Neon PostgreSQL|soc2-type2', 'Skyhold|soc2-type2']);
  });

  it('keeps a badge grid with topic captions the vendor’s', async () => {
    const d = await detectBody(
      '<h2>Certifications</h2><p>Security</p><p>SOC 2 Type II</p><p>Privacy</p><p>ISO 27701</p>',
    );
    expect(pairs(d.claims)).toEqual(['iso27701:held', 'soc2-type2:held']);
    expect(facts(d)).toEqual([]);
  });

  it('reads "we host on X" as X hosting, for X’s later certificate', async () => {
    const d = await detectBody('<p>We host on Skyhold. Skyhold maintains its ISO 27001 certification.</p>');
    expect(pairs(d.claims)).toEqual([]);
    expect(facts(d)).toEqual(['Skyhold|iso27001']);
  });
});

describe('names coordinated before a facility noun', () => {
  it('all belong to the facility, which is not named by a framework', async () => {
    const d = await detectBody(
      '<p>Lumina is SOC 2 Type II audited. Our servers are hosted in a data centre. It is a Tier IV, PCI DSS, and ISO 27001 compliant facility.</p>',
    );
    expect(pairs(d.claims)).toEqual(['soc2-type2:held']);
    expect(facts(d)).toEqual(['facility|iso27001', 'facility|pci-dss']);
  });
});

describe('provider cards and tables as real pages lay them out', () => {
  it('a provider’s heading over a line saying what it does, then its badges', async () => {
    const d = await detectBody(
      '<h2>Built on compliant infrastructure</h2><h3>Skyhold</h3><p>Application hosting and edge delivery</p><ul><li>SOC 2 Type II</li><li>PCI DSS Level 1</li></ul><h3>Basalt Cloud</h3><p>Compute, image storage, ML inference</p><ul><li>SOC 1 / 2 / 3</li><li>ISO 27001 / 27017</li></ul><p>Lumina is undergoing a SOC 2 Type II audit.</p>',
    );
    expect(pairs(d.claims)).toEqual(['soc2-type2:in-progress']);
    expect(facts(d)).toEqual([
      'Basalt Cloud|iso27001',
      'Basalt Cloud|iso27017',
      'Basalt Cloud|soc1',
      'Basalt Cloud|soc2',
      'Basalt Cloud|soc3',
      'Skyhold|pci-dss',
      'Skyhold|soc2-type2',
    ]);
  });

  it('a section heading over a short line names no one: its badges stay the vendor’s', async () => {
    const d = await detectBody(
      '<h3>Trust Center</h3><p>Audited every year</p><ul><li>SOC 2 Type II</li><li>ISO 27001</li></ul>',
    );
    expect(pairs(d.claims)).toEqual(['iso27001:held', 'soc2-type2:held']);
    expect(facts(d)).toEqual([]);
  });

  it('a provider table whose header cells run together in minified markup', async () => {
    const d = await detectBody(
      '<h2>Cloud infrastructure</h2><table><tr><td>Provider</td><td>Service</td><td>Certifications</td></tr><tr><td>Skyhold, Inc.</td><td>DNS, CDN</td><td>SOC 2 Type II, ISO 27001/18</td></tr></table>',
    );
    expect(pairs(d.claims)).toEqual([]);
    expect(facts(d)).toEqual([
      'Skyhold, Inc.|iso27001',
      'Skyhold, Inc.|iso27018',
      'Skyhold, Inc.|soc2-type2',
    ]);
  });
});

describe('well-known providers are third parties even with no role on the page', () => {
  it('"Supabase is SOC 2 Type II compliant." is Supabase’s, not the vendor’s', async () => {
    const d = await detectBody(
      '<p>Supabase is SOC 2 Type II compliant.</p><p>Lumina is ISO 27001 certified.</p>',
    );
    expect(pairs(d.claims)).toEqual(['iso27001:held']);
    expect(facts(d)).toEqual(['Supabase|soc2-type2']);
  });

  it('the provider’s own trust page keeps its own claims', async () => {
    const d = await detectHtml(
      html('Stripe Security', '<p>Stripe is certified as a PCI Level 1 Service Provider.</p>'),
      'https://stripe.com/security',
    );
    expect(pairs(d.claims)).toEqual(['pci-dss:held']);
    expect(facts(d)).toEqual([]);
  });
});

describe('a provider named inside the vendor’s own sentence', () => {
  it.each([
    ['a second predicate after "and"', '<p>Lumina is hosted on AWS and is SOC 2 Type II certified.</p>'],
    ['"we use X for … and are"', '<p>We use Stripe for payments and are SOC 2 Type II compliant.</p>'],
    [
      'a participle phrase between commas',
      '<p>Our platform, deployed on Azure, is SOC 2 Type II certified.</p>',
    ],
    ['German', '<p>Lumina wird auf AWS betrieben und ist nach SOC 2 Type II zertifiziert.</p>', 'de'],
  ])('%s: the vendor holds it', async (_kind, body, lang = 'en') => {
    const d = await detectBody(body, lang);
    expect(pairs(d.claims)).toEqual(['soc2-type2:held']);
    expect(facts(d)).toEqual([]);
  });

  it.each([
    ['a relative clause', '<p>Lumina is hosted on AWS, which is SOC 2 Type II certified.</p>'],
    ['a new subject after "and"', '<p>We host on AWS and AWS is SOC 2 Type II certified.</p>'],
  ])('%s: the provider holds it', async (_kind, body) => {
    const d = await detectBody(body);
    expect(pairs(d.claims)).toEqual([]);
    expect(facts(d)).toEqual(['AWS|soc2-type2']);
  });
});

describe('coordinated names share what follows the last of them', () => {
  it('"SOC 2 Type II and ISO 27001 certified infrastructure" is the infrastructure’s, both', async () => {
    const d = await detectBody(
      '<h2>SOC 2 &amp; ISO 27001</h2><p>Hosted on Skyhold — SOC 2 Type II and ISO 27001 certified infrastructure.</p>',
    );
    expect(pairs(d.claims)).toEqual([]);
  });

  it('"We are SOC 2 Type II and ISO 27001 certified" stays the vendor’s, both', async () => {
    const d = await detectBody('<p>We are SOC 2 Type II and ISO 27001 certified.</p>');
    expect(pairs(d.claims)).toEqual(['iso27001:held', 'soc2-type2:held']);
  });
});

describe('a sentence about the providers just listed', () => {
  it('"Each of these providers maintains …" is theirs, not the vendor’s', async () => {
    const d = await detectBody(
      '<ul><li>Skyhold (storage)</li><li>Basalt (database)</li></ul><p>Each of these providers maintains formal security certifications including SOC 2 Type II, ISO 27001, and GDPR compliance.</p>',
    );
    expect(pairs(d.claims)).toEqual([]);
  });
});

describe('a provider introduced by the infrastructure it supplies', () => {
  it('"infrastructure from X", then "our provider data centers", under a title-case heading', async () => {
    const d = await detectBody(
      '<h3>Data Center Physical Security</h3><p>Lumina uses infrastructure from Northcloud Compute for data center hosting. Our provider data centers are certified as ISO 27001 and SOC 1 and 2 compliant.</p>',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual([
      'Northcloud Compute|iso27001',
      'Northcloud Compute|soc1',
      'Northcloud Compute|soc2',
    ]);
  });

  it('a heading’s topic words after "Data Center" name no provider', async () => {
    const d = await detectBody(
      '<h3>Data Center Physical Security</h3><p>Our data centers are ISO 27001 certified.</p>',
    );
    expect(d.claims).toEqual([]);
    expect(d.thirdParty.map((f) => f.subject)).not.toContain('Physical Security');
  });
});

describe('a host named on a labelled line', () => {
  it('"Main infrastructure: X", then "Infrastructure provider certifications:"', async () => {
    const d = await detectBody(
      '<ul><li>Main infrastructure: Northcloud GmbH</li><li>Infrastructure provider certifications: ISO/IEC 27001, SOC 2 Type II</li></ul>',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual(['Northcloud GmbH|iso27001', 'Northcloud GmbH|soc2-type2']);
  });
});

describe('a sentence pointing back at the one before, and German hosting with the verb last', () => {
  it('"Dies wurde … belegt" after a sentence about the hosts is the hosts’', async () => {
    const d = await detectBody(
      '<p>Die Lumina-Plattform wird auf der Northcloud Platform (NCP) gehostet. Der Anbieter betreibt moderne Rechenzentren, deren Schwerpunkt auf der Sicherheit liegt. Dies wurde durch ISO/IEC 27001-Zertifikate belegt.</p>',
      'de',
    );
    expect(d.claims).toEqual([]);
    expect(facts(d)).toEqual(['Northcloud Platform (NCP)|iso27001']);
  });

  it('"This is confirmed by our SOC 2 report" after a sentence about the host stays the vendor’s', async () => {
    const d = await detectBody(
      '<p>Lumina runs on Northcloud. This is confirmed by our SOC 2 Type II report, available under NDA.</p>',
    );
    expect(pairs(d.claims)).toEqual(['soc2-type2:held']);
  });

  it('a German topic noun after "auf der" is no host', async () => {
    const d = await detectBody(
      '<p>Wir betreiben moderne Systeme mit Schwerpunkt auf der Sicherheit. Unsere Rechenzentren sind ISO 27001 zertifiziert.</p>',
      'de',
    );
    expect(d.thirdParty.map((f) => f.subject)).not.toContain('Sicherheit');
  });

  it('German compound server nouns are the host’s ("zertifizierten Hochsicherheitsservern")', async () => {
    const d = await detectBody(
      '<p>Ihre Dokumente werden auf deutschen, ISO 27001 &amp; ISO 27018 zertifizierten Hochsicherheitservern gespeichert.</p>',
      'de',
    );
    expect(pairs(d.claims)).toEqual([]);
    expect(d.thirdParty.map((f) => `${f.subject}|${f.framework}`)).toEqual([
      'Hochsicherheitservern|iso27001',
      'Hochsicherheitservern|iso27018',
    ]);
  });
});
