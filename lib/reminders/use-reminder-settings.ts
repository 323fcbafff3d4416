import { useEffect, useState } from 'react';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from './settings';
import { readReminderSettings, reminderSettingsItem } from './items';

/** The reminder options, live: pages follow changes made in the options page. */
export function useReminderSettings(): ReminderSettings {
  const [settings, setSettings] = useState(DEFAULT_REMINDER_SETTINGS);
  useEffect(() => {
    let live = true;
    const load = () => void readReminderSettings().then((s) => live && setSettings(s));
    load();
    const unwatch = reminderSettingsItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
