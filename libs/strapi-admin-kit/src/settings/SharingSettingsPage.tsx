import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page, useAPIErrorHandler, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import { FieldFrame } from '../inputs/FieldFrame';
import { MemberTagsEditor } from '../inputs/MemberTagsEditor';
import { VocabularyChecklist } from '../inputs/VocabularyChecklist';
import { addFollowedMember, type SharingForm, sameSubscriptions, toSharingForm, toSubscriptions } from '../logic/sharing-settings-form';
import { toggleCode } from '../logic/vocabulary-list';
import { type CommunesLanguage, useCommunesLanguage } from '../use-communes-language';
import { SHARING_PERMISSIONS, SHARING_SETTINGS_PATH, type SharingSettings } from './sharing-api';

/** Settings › Communes › Sharing: the channels and members the town follows, in place of its operator's configuration. */
export default function ProtectedSharingSettingsPage() {
  return (
    <Page.Protect permissions={SHARING_PERMISSIONS.read}>
      <SharingSettingsPage />
    </Page.Protect>
  );
}

function SharingSettingsPage() {
  const language = useCommunesLanguage();
  const { get, put, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const { isLoading: loadingPermissions, allowedActions } = useRBAC({ update: SHARING_PERMISSIONS.update });
  const canUpdate = allowedActions.canUpdate === true;
  const [settings, setSettings] = useState<SharingSettings | undefined>();
  const [form, setForm] = useState<SharingForm>({ channels: [], members: [] });
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const show = useCallback((loaded: SharingSettings) => {
    setSettings(loaded);
    setForm(toSharingForm(loaded.subscriptions));
  }, []);
  useEffect(() => {
    get<{ data: SharingSettings }>(SHARING_SETTINGS_PATH)
      .then(({ data }) => show(data.data))
      .catch(() => setFailed(true));
  }, [get, show]);

  /** Saves (`put`) or goes back to the configuration (`del`), then shows what the town now follows. */
  const send = async (request: () => Promise<{ data: { data: SharingSettings } }>) => {
    setBusy(true);
    try {
      show((await request()).data.data);
      toggleNotification({ type: 'success', message: language.text('saved') });
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatAPIError(error as never) });
    } finally {
      setBusy(false);
    }
  };

  if (failed) return <Page.Error content={language.text('loadFailed')} />;
  if (!settings || loadingPermissions) return <Page.Loading />;
  const chosen = toSubscriptions(form);
  const tooMany = chosen.length > settings.maxSubscriptions;
  const modified = !sameSubscriptions(chosen, settings.subscriptions);
  const channels = { name: 'SharingChannel', codes: settings.channels };
  const readOnly = !canUpdate || busy;

  return (
    <Page.Main aria-busy={busy}>
      <Page.Title>{language.text('sharingTitle')}</Page.Title>
      <Layouts.Header
        title={language.text('sharingTitle')}
        subtitle={language.text('sharingIntro')}
        primaryAction={
          <Button
            startIcon={<Check />}
            size="S"
            loading={busy}
            disabled={!canUpdate || !modified || tooMany}
            onClick={() => send(() => put(SHARING_SETTINGS_PATH, { subscriptions: chosen }))}
          >
            {language.text('save')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <SourceNotice
            settings={settings}
            language={language}
            canUpdate={canUpdate}
            busy={busy}
            onReset={() => send(() => del(SHARING_SETTINGS_PATH))}
          />
          <Box background="neutral0" hasRadius shadow="filterShadow" padding={6}>
            <Flex direction="column" alignItems="stretch" gap={6}>
              <FieldFrame name="followed-channels" label={language.text('followedChannels')} hint={language.text('followedChannelsHint')}>
                <VocabularyChecklist
                  vocabulary={channels}
                  codes={form.channels}
                  language={language}
                  disabled={readOnly}
                  onToggle={(code, on) => setForm({ ...form, channels: toggleCode(form.channels, code, on, channels) ?? [] })}
                />
              </FieldFrame>
              <FieldFrame
                name="followed-members"
                label={language.text('followedMembers')}
                hint={language.text('followedMembersHint')}
                error={tooMany ? `${language.text('tooManySubscriptions')} ${settings.maxSubscriptions}` : undefined}
              >
                <MemberTagsEditor
                  name="followed-members"
                  codes={form.members}
                  language={language}
                  disabled={readOnly}
                  add={(members, typed) => addFollowedMember(members, typed, settings.town.code)}
                  onChange={(members) => setForm({ ...form, members })}
                />
              </FieldFrame>
              <Typography variant="pi" textColor="neutral600">
                {language.text('networkDelay')}
              </Typography>
            </Flex>
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}

/** Where the subscriptions in force come from, and the way back to the operator's when the panel replaced them. */
function SourceNotice({
  settings,
  language,
  canUpdate,
  busy,
  onReset,
}: {
  settings: SharingSettings;
  language: CommunesLanguage;
  canUpdate: boolean;
  busy: boolean;
  onReset(): void;
}) {
  const savedAt = settings.updatedAt
    ? new Intl.DateTimeFormat(language.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(
        new Date(settings.updatedAt),
      )
    : '';
  return (
    <Box background="neutral100" hasRadius padding={4}>
      <Flex gap={4} justifyContent="space-between" alignItems="center" wrap="wrap">
        <Typography variant="omega" textColor="neutral800">
          {settings.source === 'configuration'
            ? language.text('fromConfiguration')
            : `${language.text('fromAdminPanel')} ${savedAt} ${language.text('savedBy')} ${settings.updatedBy ?? ''}.`}
          {canUpdate ? '' : ` ${language.text('readOnly')}`}
        </Typography>
        {settings.source === 'admin-panel' && canUpdate ? (
          <Button variant="tertiary" size="S" disabled={busy} onClick={onReset}>
            {language.text('backToConfiguration')}
          </Button>
        ) : null}
      </Flex>
    </Box>
  );
}
