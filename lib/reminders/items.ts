import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_REMINDER_SETTINGS,
  parseReminderSettings,
  reminderSettingsSchema,
  type ReminderSettings,
} from './settings';

/**
 * The stored reminder options. Versioned (WXT storage item versions): a later shape adds a version and
 * a migration here, e.g. `migrations: { 2: (v1) => ({ ...v1, newField: default }) }`; reads then
 * validate with `parseReminderSettings`, which repairs field by field.
 */
export const reminderSettingsItem = storage.defineItem<ReminderSettings>('local:reminderSettings', {
  fallback: DEFAULT_REMINDER_SETTINGS,
  version: 1,
});

export async function readReminderSettings(): Promise<ReminderSettings> {
  return parseReminderSettings(await reminderSettingsItem.getValue());
}

/** Validates and stores; throws (storing nothing) on invalid settings. */
export async function writeReminderSettings(settings: unknown): Promise<ReminderSettings> {
  const checked = reminderSettingsSchema.parse(settings);
  await reminderSettingsItem.setValue(checked);
  return checked;
}
