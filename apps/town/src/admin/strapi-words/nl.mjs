// The words of Strapi's admin panel that Strapi 5.54.0 lacks in Dutch, for what a town's editors
// see. Flemish administrative usage: "u", "item", "opslaan", "publiceren", "ontwerp" (draft),
// "mediabibliotheek"; "bestand" and "uploaden" as Strapi's own Dutch says them. Strapi's own Dutch
// says "je" and "concept": those stay (only its gaps are filled).
//
// ../app.mjs merges this object into `config.translations`, where Strapi spreads it over its own
// (StrapiApp.loadTrads): keys are the ids the panel looks up, the admin's own unprefixed, a
// plugin's prefixed with its id ("content-manager.", "i18n.", "upload."). A word Strapi already has
// is not repeated, unless Strapi's is broken: those few are marked "override", with the reason.
// test/admin-translations.test.ts checks that nothing an editor meets is missing, that every key
// is one Strapi knows, and that each value keeps the ICU arguments and tags of the English.
//
// Left in English: the admin keys under these prefixes, which an editor never meets (the Editor
// role has no settings; the town runs Strapi's Community edition, with promoteEE off):
//   Settings.adminTokens, Settings.apiTokens, Settings.tokens, Settings.transferTokens: tokens
//   Settings.webhooks: webhooks
//   Settings.sso: single sign-on
//   Settings.roles, Settings.permissions: roles, users and their permissions, audit logs
//   Settings.application: Settings › Overview, the panel's logo
//   Settings.content-history, Settings.page: the Enterprise features' purchase pages
//   Usecase: the questions put to the first super admin after registering
//   tours, app.components.GuidedTour: the guided tour, shown only in a development build
//   app.components.FreeTrialEndedModal, app.components.FreeTrialWelcomeModal,
//   app.components.UpsellBanner, app.components.LeftMenu.trialCountdown: an Enterprise trial
//   widget.last-activity: the home page's audit-log widget (Enterprise)
//   notification.ee: an Enterprise licence's seat limit

export default {
  // admin
  'app.error.chunk.message':
    'Het beheerpaneel kon een scherm niet laden. Dat gebeurt vaak als de server aan het opstarten is of als de verbinding onderbroken werd. Laad de pagina opnieuw om het nog eens te proberen. Als er net een nieuwe versie geïnstalleerd is, moet u de pagina misschien volledig vernieuwen om die te laden.',
  'app.error.chunk.reload': 'Pagina opnieuw laden',
  'app.error.chunk.title': 'Dit scherm kon niet worden geladen',
  'app.components.MediaLibraryBanner.button': 'Documentatie',
  'app.components.MediaLibraryBanner.button.enabled': 'Blogbericht lezen',
  'app.components.MediaLibraryBanner.close': 'Banner sluiten. ',
  'app.components.MediaLibraryBanner.intro': 'Maak kennis met de nieuwe mediabibliotheek ',
  'app.components.MediaLibraryBanner.text': 'Lees in de documentatie hoe u naar de nieuwe versie overschakelt.',
  'app.components.MediaLibraryBanner.text.enabled': 'U gebruikt nu de vernieuwde versie.',
  'app.components.Select.placeholder': 'Kiezen',
  'app.session.ended.title': 'Sessie beëindigd',
  'app.session.ended.unsaved':
    'Uw sessie is beëindigd en kan niet worden hervat. Wijzigingen die u niet hebt opgeslagen, gaan verloren wanneer u zich afmeldt.',
  'app.HeaderLayout.docLink.label': 'Meer informatie in de documentatie',
  'global.sessions.active-devices': 'Actieve apparaten',
  'Settings.sessions.title': 'Actieve apparaten',
  'Settings.sessions.subtitle': 'Dit zijn de apparaten en sessies die nu op uw account aangemeld zijn.',
  'Settings.sessions.device': 'Apparaat',
  'Settings.sessions.loginAt': 'Aangemeld',
  'Settings.sessions.lastActiveAt': 'Laatst gebruikt',
  'Settings.sessions.actions': 'Acties',
  'Settings.sessions.current': 'Dit apparaat',
  'Settings.sessions.unknownDevice': 'Onbekend apparaat',
  'Settings.sessions.revoke': 'Sessie beëindigen',
  'Settings.sessions.revoke.success': 'Sessie beëindigd',
  'Settings.sessions.revoke.confirm': 'Weet u zeker dat u deze sessie wilt beëindigen? Het apparaat moet zich dan opnieuw aanmelden.',
  'Settings.sessions.revoke.confirmCurrent': 'Dit is het apparaat dat u nu gebruikt. Als u deze sessie beëindigt, wordt u afgemeld.',
  'Settings.sessions.revokeOthers': 'Afmelden op andere apparaten',
  'Settings.sessions.revokeOthers.confirm':
    'Weet u het zeker? Alle andere actieve sessies worden beëindigd. U blijft aangemeld op dit apparaat.',
  'Settings.sessions.revokeOthers.success': 'Andere sessies beëindigd',
  'Settings.sessions.revokeAll': 'Afmelden op alle apparaten',
  'Settings.sessions.revokeAll.confirm':
    'Weet u het zeker? Alle actieve sessies worden beëindigd, ook deze, en u moet zich opnieuw aanmelden.',
  'notification.success.adminTokenCreated': 'Beheertoken aangemaakt',
  'notification.success.adminTokenEdited': 'Beheertoken bewerkt',
  'HomePage.widget.deploy-now.title': 'Klaar om online te gaan?',
  'HomePage.widget.deploy-now.description': 'Online zetten met Strapi Cloud',
  'HomePage.widget.deploy-now.button': 'Nu online zetten',

  // content-manager
  'content-manager.actions.open-in-new-tab.label': 'Openen in nieuw tabblad',
  'content-manager.components.DynamicZone.unknown-component': 'Onbekend component',
  // override: Strapi's Dutch leaves out {number}, so a relation column reads "items" without a count
  'content-manager.containers.list.items': '{number} {number, plural, =0 {items} one {item} other {items}}',
  'content-manager.permissions.not-allowed.locale': 'U hebt geen toestemming om deze inhoud in de gevraagde taal te openen',
  'content-manager.popUpWarning.warning.has-draft-m2m-relations.message':
    '{count, plural, one {# gekoppeld item is nog een ontwerp. Het verschijnt op de publieke website zodra dat item gepubliceerd is.} other {# gekoppelde items zijn nog ontwerpen. Ze verschijnen op de publieke website zodra die items gepubliceerd zijn.}}',
  'content-manager.popUpWarning.warning.has-draft-m2m-relations.additional':
    '{count, plural, one {# veel-op-veel-koppeling verwijst} other {# veel-op-veel-koppelingen verwijzen}} naar ontwerpitems die zichtbaar worden zodra ze gepubliceerd zijn.',
  'content-manager.preview.error.script-failed':
    'Het script voor de livevoorvertoning kon niet worden geladen. Visueel bewerken is misschien niet beschikbaar.',

  // i18n
  'i18n.list-view.table.header.label': 'Beschikbaar in',

  // upload (the media library)
  'upload.asset-details.location': 'Locatie',
  'upload.asset-details.save': 'Wijzigingen opslaan',
  'upload.asset-details.update.success': 'Bestand bijgewerkt',
  'upload.asset-details.update.error': 'Het bestand kon niet worden bijgewerkt.',
  'upload.asset-details.field.empty': '{label} is momenteel leeg.',
  'upload.asset-details.location.root': 'Mediabibliotheek',
  'upload.asset-details.saveChanges': 'Wijzigingen opslaan',
  'upload.asset-details.delete.trigger': 'Dit bestand verwijderen',
  'upload.asset-details.delete.title': 'Dit mediabestand verwijderen?',
  'upload.asset-details.delete.description':
    'Eens verwijderd kan dit bestand niet meer worden hersteld. Als het in gebruik is, werkt gekoppelde inhoud niet meer en blijven afbeeldingsvakken leeg.',
  'upload.asset-details.delete.success': '1 element is verwijderd uit {folderName}',
  'upload.asset-details.delete.error': 'Het bestand kon niet worden verwijderd.',
  'upload.asset-details.delete.loading': 'Bestand wordt verwijderd…',
  'upload.asset-details.replace.trigger': 'Dit bestand vervangen',
  'upload.asset-details.replace.title': 'Dit mediabestand vervangen?',
  'upload.asset-details.replace.description': 'De huidige inhoud wordt definitief vervangen.',
  'upload.asset-details.replace.description.ai': 'AI maakt na het uploaden nieuwe metadata aan.',
  'upload.asset-details.replace.continue': 'Doorgaan',
  'upload.asset-details.replace.success': 'Bestand vervangen.',
  'upload.asset-details.replace.error': 'Het bestand kon niet worden vervangen.',
  'upload.asset-details.replace.loading': 'Bestand wordt vervangen…',
  'upload.asset-details.copy-link.trigger': 'Link kopiëren',
  'upload.asset-details.copy-link.success': 'Link gekopieerd.',
  'upload.asset-details.copy-link.error': 'De link kon niet worden gekopieerd.',
  'upload.asset-details.download.trigger': 'Downloaden',
  'upload.asset-details.download.error': 'Het bestand kon niet worden gedownload.',
  'upload.asset-details.crop.trigger': 'Bijsnijden',
  'upload.asset-details.crop.title': 'Bijsnijden en focuspunt',
  'upload.asset-details.crop.hint':
    'Stel met de rechthoek het bijsnijgebied in. Zet met de cirkel het gebied vast dat altijd zichtbaar moet blijven.',
  'upload.asset-details.crop.width': 'Breedte (px)',
  'upload.asset-details.crop.height': 'Hoogte (px)',
  'upload.asset-details.crop.aspect-lock': 'Beeldverhouding vergrendelen',
  'upload.asset-details.crop.focal-point': 'Focuspunt',
  'upload.asset-details.crop.focal-x': 'Focuspunt X (px)',
  'upload.asset-details.crop.focal-y': 'Focuspunt Y (px)',
  'upload.asset-details.crop.focal-x-axis': 'X',
  'upload.asset-details.crop.focal-y-axis': 'Y',
  'upload.asset-details.crop.resize.top-left': 'Formaat wijzigen via de hoek linksboven',
  'upload.asset-details.crop.resize.top-right': 'Formaat wijzigen via de hoek rechtsboven',
  'upload.asset-details.crop.resize.bottom-left': 'Formaat wijzigen via de hoek linksonder',
  'upload.asset-details.crop.resize.bottom-right': 'Formaat wijzigen via de hoek rechtsonder',
  'upload.asset-details.crop.export-error': 'De bijgesneden afbeelding kon niet worden verwerkt.',
  'upload.asset-details.crop.cancel': 'Annuleren',
  'upload.asset-details.crop.save-as-copy': 'Als kopie opslaan',
  'upload.asset-details.crop.apply': 'Toepassen',
  'upload.asset-details.crop.success': 'Bestand bijgesneden.',
  'upload.asset-details.crop.copy-success': 'Kopie gemaakt.',
  'upload.asset-details.crop.error': 'Het bestand kon niet worden bijgesneden.',
  'upload.asset-details.crop.loading': 'Bijgesneden kopie wordt opgeslagen…',
  'upload.upload.progress.uploading.indeterminate': 'Bezig met uploaden van {total, plural, one {# item} other {# items}}',
  'upload.upload.progress.file.queued': 'In de wachtrij',
  'upload.upload.progress.file.generatingMetadata': 'Geüpload • Metadata worden aangemaakt…',
  'upload.upload.progress.file.metadataGenerated': 'Geüpload • Metadata aangemaakt',
  'upload.upload.progress.file.metadataSkipped': 'Upload voltooid • Metadata niet aangemaakt',
  'upload.upload.progress.file.metadataFailed': 'Upload voltooid • Aanmaken van metadata mislukt',
  'upload.upload.progress.generatingMetadata.withCount': 'Metadata worden aangemaakt met AI ({percentage}%)',
  'upload.upload.progress.metadataGenerated.withCount':
    '{count, plural, one {Metadata aangemaakt voor # bestand} other {Metadata aangemaakt voor # bestanden}}',
  'upload.upload.progress.metadataGenerated.withFailures': '{generatedCount} aangemaakt, {failedCount} mislukt',
  'upload.control-card.more-actions': 'Meer acties',
  'upload.folder.create.title-in': 'Nieuwe map in {folderName}',
  'upload.folder.rename.title': 'Map hernoemen',
  'upload.folder.rename.submit': 'Opslaan',
  'upload.folder.rename.form.error.unknown': 'Er is een fout opgetreden bij het hernoemen van de map',
  'upload.folder.rename.success': 'De map is hernoemd',
  'upload.header.search.placeholder': 'Zoeken',
  'upload.header.search-results': 'Zoekresultaten voor ‘{query}’',
  'upload.header.search-results.count':
    '{numberFolders, plural, one {1 map} other {# mappen}} - {numberAssets, plural, one {1 bestand} other {# bestanden}}',
  'upload.header.search-results.count.assets': '{numberAssets, plural, =0 {0 bestanden} one {1 bestand} other {# bestanden}}',
  'upload.header.search-results.count.folders': '{numberFolders, plural, one {1 map} other {# mappen}}',
  'upload.list.empty.title': 'Nog geen bestanden',
  'upload.list.empty.description': 'Begin met het uploaden van bestanden of het aanmaken van een map.',
  'upload.list.empty.add-assets': 'Bestanden toevoegen',
  'upload.list.filters.trigger': 'Filteren',
  'upload.list.filters.field.type': 'Type',
  'upload.list.filters.field.created': 'Aanmaakdatum',
  'upload.list.filters.field.updated': 'Laatst gewijzigd',
  'upload.list.filters.type.folder': 'Map',
  'upload.list.filters.type.picture': 'Afbeelding',
  'upload.list.filters.type.audio': 'Audio',
  'upload.list.filters.type.video': 'Video',
  'upload.list.filters.type.document': 'Document',
  'upload.list.filters.preset.1day': '1 dag geleden',
  'upload.list.filters.preset.3days': '3 dagen geleden',
  'upload.list.filters.preset.1week': '1 week geleden',
  'upload.list.filters.preset.1month': '1 maand geleden',
  'upload.list.filters.preset.3months': '3 maanden geleden',
  'upload.list.filters.preset.6months': '6 maanden geleden',
  'upload.list.filters.preset.1year': '1 jaar geleden',
  'upload.list.filters.select-date-range': 'Periode kiezen',
  'upload.list.filters.condition.is': 'is',
  'upload.list.filters.condition.is-not': 'is niet',
  'upload.list.filters.condition.is-exactly': 'is precies',
  'upload.list.filters.condition.within-last': 'sinds',
  'upload.list.filters.condition.not-within-last': 'vóór',
  'upload.list.filters.remove': 'Filter {filter} verwijderen',
  'upload.list.filters.empty': 'Geen items gevonden met de huidige filters',
  'upload.list.filters.clear': 'Filters wissen',
  'upload.list.filters.calendar.previous-month': 'Vorige maand',
  'upload.list.filters.calendar.next-month': 'Volgende maand',
  'upload.list.filters.calendar.label': 'Periode kiezen',
  'upload.list.sort.trigger': 'Sorteren: {active}',
  'upload.list.sort.section': 'Sorteren',
  'upload.list.sort.oldest-uploads': 'Oudste uploads',
  'upload.list.sort.most-recent-updates': 'Laatst gewijzigd',
  'upload.list.sort.name-asc': 'A tot Z',
  'upload.list.sort.name-desc': 'Z tot A',
  'upload.list.sort.size-asc': 'Bestandsgrootte oplopend',
  'upload.list.sort.size-desc': 'Bestandsgrootte aflopend',
  'upload.list.sort.folders': 'Mappen',
  'upload.list.sort.folders-on-top': 'Bovenaan',
  'upload.list.sort.folders-mixed': 'Tussen de bestanden',
  'upload.list.sort.active': '(actief)',
  'upload.list.search.empty.title': 'Geen resultaten gevonden',
  'upload.list.search.empty.description': 'Geen bestanden of mappen gevonden voor ‘{query}’. Probeer een andere zoekopdracht.',
  'upload.list.search.empty.clear': 'Zoekopdracht wissen',
  'upload.list.assets.actions.replace': 'Media vervangen',
  'upload.list.assets.actions.copy-link': 'Link naar bestand kopiëren',
  'upload.list.assets.actions.download': 'Bestand downloaden',
  'upload.list.assets.actions.move': 'Naar map verplaatsen',
  'upload.list.assets.actions.delete': 'Verwijderen',
  'upload.list.folder.actions.copy-link': 'Link naar map kopiëren',
  'upload.list.folder.actions.copy-link.success': 'Link naar map gekopieerd.',
  'upload.list.folder.actions.copy-link.error': 'De link naar de map kon niet worden gekopieerd.',
  'upload.list.folder.actions.rename': 'Map hernoemen',
  'upload.list.folder.actions.move': 'Naar map verplaatsen',
  'upload.list.folder.actions.delete': 'Map verwijderen',
  'upload.modal.move.error-label': 'Er is een fout opgetreden bij het verplaatsen van de elementen.',
  'upload.dnd.announce.drag-start': '{name} opgenomen. Zet het neer op een map om het te verplaatsen.',
  'upload.dnd.announce.invalid-drop': 'Het item kan niet naar deze map worden verplaatst.',
  'upload.dnd.announce.move-failure': 'Verplaatsen mislukt. {message}',
  'upload.dnd.announce.cancel': 'Slepen geannuleerd.',
  'upload.dnd.overlay.folders': '{count, plural, one {# map} other {# mappen}}',
  'upload.dnd.overlay.files': '{count, plural, one {# bestand} other {# bestanden}}',
  'upload.list.table.header.select-all': 'Alles selecteren',
  'upload.list.table.row.select': '{name} selecteren',
  'upload.list.table.row.metadata-missing': 'Bij dit bestand ontbreken metadata (onderschrift of alternatieve tekst).',
  'upload.list.context-menu.label': 'Acties in de mediabibliotheek',
  'upload.list.bulk-actions.label': 'Bulkacties',
  'upload.list.bulk-actions.selected-count': '{count, plural, =1 {# item geselecteerd} other {# items geselecteerd}}',
  'upload.list.bulk-actions.select-all': 'Alles selecteren',
  'upload.list.bulk-actions.clear': 'Selectie wissen',
  'upload.list.bulk-actions.create-metadata': 'Metadata aanmaken',
  'upload.list.bulk-actions.create-metadata.success':
    '{count, plural, =1 {Metadata aangemaakt voor # bestand} other {Metadata aangemaakt voor # bestanden}}',
  'upload.list.bulk-actions.create-metadata.partial':
    '{successCount} aangemaakt, {skippedCount} overgeslagen (bestandstype niet ondersteund), {errorCount} mislukt{folderCount, plural, =0 {} one {, # map genegeerd} other {, # mappen genegeerd}}',
  'upload.list.bulk-actions.create-metadata.error': 'Er is een fout opgetreden bij het aanmaken van de metadata.',
  'upload.list.bulk-actions.create-metadata.too-many':
    'Metadata kunnen voor maximaal {max} bestanden tegelijk worden aangemaakt. Selecteer minder bestanden om door te gaan.',
  'upload.list.bulk-actions.create-metadata.no-eligible':
    'Metadata kunnen alleen voor afbeeldingen worden aangemaakt. Geen van de geselecteerde bestanden wordt ondersteund.',
  'upload.list.bulk-actions.move': 'Verplaatsen',
  'upload.list.bulk-actions.move.title': 'Elementen verplaatsen naar',
  'upload.list.bulk-actions.move.location': 'Locatie',
  'upload.list.bulk-actions.move.no-destination': 'Er is geen andere map om dit naartoe te verplaatsen.',
  'upload.list.bulk-actions.move.load-error': 'De lijst met mappen kon niet worden geladen. Probeer het opnieuw.',
  'upload.list.bulk-actions.move.submit': 'Verplaatsen',
  'upload.list.bulk-actions.move.success':
    '{count, plural, =1 {# element is} other {# elementen zijn}} verplaatst van {source} naar {destination}',
  'upload.list.bulk-actions.move.success-multiple-sources':
    '{count, plural, =1 {# element is} other {# elementen zijn}} verplaatst naar {destination}',
  'upload.list.bulk-actions.move.error': 'Er is een fout opgetreden bij het verplaatsen van de items.',
  'upload.list.bulk-actions.delete': 'Verwijderen',
  'upload.list.bulk-actions.delete.confirm.title': '{count, plural, =1 {# item} other {# items}} verwijderen?',
  'upload.list.bulk-actions.delete.confirm.description.are-you-sure': 'Weet u zeker dat u de geselecteerde items wilt verwijderen?',
  'upload.list.bulk-actions.delete.confirm.description.cant-be-undone':
    'Deze actie kan niet ongedaan worden gemaakt. Als u een map verwijdert, verdwijnt ook alles wat erin zit, en gekoppelde inhoud werkt niet meer: mediavakken blijven leeg.',
  'upload.list.bulk-actions.delete.success': '{count, plural, =1 {# item is verwijderd} other {# items zijn verwijderd}}',
  'upload.list.bulk-actions.delete.error': 'Er is een fout opgetreden bij het verwijderen van de items.',
  'upload.sidebar.title': 'Mediabibliotheek',
  'upload.sidebar.home': 'Start',
  'upload.sidebar.folders': 'Mappen',
  'upload.sidebar.tree.aria-label': 'Mappen van de mediabibliotheek',
  'upload.sidebar.tree.expand': '{name} openklappen',
  'upload.sidebar.tree.no-subfolders': 'De map {name} heeft geen submappen',
  'upload.sidebar.tree.collapse': '{name} dichtklappen',
  'upload.sidebar.tree.empty': 'Nog geen mappen',
  'upload.sidebar.tree.loading': 'Mappen laden…',
  'upload.sidebar.tree.error': 'De mappen konden niet worden geladen.',

  // Ids Strapi's code asks for with an English default but no entry in its en.json.
  'search.placeholder': 'Zoeken',
  'content-manager.containers.list.table-headers.status': 'Status',
};
