import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Labels } from './custom-field-options';
import { pickLabel, toModelLocale } from './logic/pick-label';
import { UI_TEXTS, type UiText } from './ui-texts';

interface I18nLocale {
  code: string;
  isDefault?: boolean;
}

/** Asked once per page: the town's main language is its default content locale. */
let townLocale: Promise<string | undefined> | undefined;

/**
 * The language an input speaks: the admin user's, else the town's main language (the
 * default locale of its content), else English; `label` picks a model label, `text` one of
 * the inputs' own words.
 */
export function useCommunesLanguage() {
  const { locale } = useIntl();
  const { get } = useFetchClient();
  const [town, setTown] = useState<string | undefined>();
  useEffect(() => {
    townLocale ??= get<I18nLocale[]>('/i18n/locales')
      .then(({ data }) => data.find((l) => l.isDefault)?.code)
      .catch(() => undefined);
    let live = true;
    void townLocale.then((code) => live && setTown(code));
    return () => {
      live = false;
    };
  }, [get]);
  const language = toModelLocale(locale) ?? toModelLocale(town) ?? 'en';
  return {
    locale: language,
    label: (labels: Labels) => pickLabel(labels, locale, town),
    text: (key: UiText) => UI_TEXTS[key][language],
  };
}

export type CommunesLanguage = ReturnType<typeof useCommunesLanguage>;
