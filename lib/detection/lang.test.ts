import { describe, expect, it } from 'vitest';
import { guessLang } from './lang';

describe('page language', () => {
  it.each([
    [
      'en',
      'We encrypt all of the data that our customers store with us, and we review access to it every quarter.',
    ],
    [
      'de',
      'Wir verschlüsseln die Daten, die unsere Kunden bei uns speichern, und prüfen die Zugriffe auf die Systeme regelmäßig, auch nachts.',
    ],
    [
      'fr',
      'Nous chiffrons les données des clients dans nos centres, et les accès sont revus pour les équipes avec une procédure dans les règles.',
    ],
    [
      'es',
      'Ciframos los datos de los clientes y revisamos los accesos por trimestre, según las políticas del grupo y también las leyes.',
    ],
    [
      'pt',
      'Os dados dos clientes são cifrados e os acessos são revistos pela equipa; também não guardamos cópias das chaves, e você decide.',
    ],
    [
      'it',
      'Il servizio cifra i dati degli utenti e gli accessi sono controllati nella sede della società; anche le copie sono cifrate per legge.',
    ],
    [
      'nl',
      'Wij versleutelen de gegevens van klanten en het beheer van toegang wordt voor elk team ook elk kwartaal opnieuw gecontroleerd.',
    ],
    [
      'ja',
      '当社は、お客様のデータを暗号化して保管しています。アクセス権限は四半期ごとに見直しています。バックアップは毎日取得しています。',
    ],
  ])('%s', (lang, text) => {
    expect(guessLang(text)).toBe(lang);
  });

  it('falls back to the declared language on a short text, then to English', () => {
    expect(guessLang('ISO 27001', 'nl-NL')).toBe('nl');
    expect(guessLang('ISO 27001', 'xx')).toBe('en');
  });
});
