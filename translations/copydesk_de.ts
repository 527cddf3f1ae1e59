<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ArticleDetails</name>
    <message>
        <source>No section</source>
        <translation>Kein Ressort</translation>
    </message>
    <message>
        <source>Change section</source>
        <translation>Ressort ändern</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>Planung ändern</translation>
    </message>
    <message>
        <source>Change hero image</source>
        <translation>Aufmacherbild ändern</translation>
    </message>
    <message>
        <source>The story is published: its web address stays as it is.</source>
        <translation>Der Artikel ist veröffentlicht: Seine Webadresse bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Made from the headline until you edit it</source>
        <translation>Aus der Schlagzeile erzeugt, bis Sie es ändern</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Von Hand gesetzt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation>1 Schlagwort</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 Schlagwörter</translation>
    </message>
    <message>
        <source>scheduled %1</source>
        <translation>geplant für %1</translation>
    </message>
    <message>
        <source>hero image</source>
        <translation>Aufmacherbild</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Ressort %1</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Add an author…</source>
        <translation>Autor hinzufügen…</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>URL-Kürzel</translation>
    </message>
    <message>
        <source>Made from the headline</source>
        <translation>Aus der Schlagzeile erzeugt</translation>
    </message>
    <message>
        <source>Make the slug from the headline again</source>
        <translation>URL-Kürzel wieder aus der Schlagzeile erzeugen</translation>
    </message>
    <message>
        <source>Sche&amp;dule:</source>
        <translation>&amp;Planen:</translation>
    </message>
    <message>
        <source>Publish at a set time (embargo)</source>
        <translation>Zu einem festen Zeitpunkt veröffentlichen (Sperrfrist)</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Geplanter Zeitpunkt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>First reported by …</source>
        <translation>Zuerst berichtet von …</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Quell-URL</translation>
    </message>
    <message>
        <source>Not a web address (http or https)</source>
        <translation>Keine Webadresse (http oder https)</translation>
    </message>
    <message>
        <source>Editorial notes</source>
        <translation>Redaktionelle Notizen</translation>
    </message>
    <message>
        <source>For the desk only; never published</source>
        <translation>Nur für die Redaktion; wird nie veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Ressort:</translation>
    </message>
    <message>
        <source>D&amp;ateline:</source>
        <translation>&amp;Ortsmarke:</translation>
    </message>
    <message>
        <source>B&amp;yline:</source>
        <translation>&amp;Autorenzeile:</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>URL-&amp;Kürzel:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Attributi&amp;on:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>Quell-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Hero &amp;image:</source>
        <translation>Aufmacher&amp;bild:</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (stillgelegt)</translation>
    </message>
</context>
<context>
    <name>ArticleDiff</name>
    <message>
        <source>(deleted #%1)</source>
        <translation>(gelöschte #%1)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of a list in a diff: authors, tags</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Hero image alt text</source>
        <translation>Alternativtext des Aufmacherbilds</translation>
    </message>
    <message>
        <source>Hero image caption</source>
        <translation>Bildunterschrift des Aufmacherbilds</translation>
    </message>
    <message>
        <source>Hero image credit</source>
        <translation>Bildnachweis des Aufmacherbilds</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Quell-URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ArticleFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not a list or a mapping</source>
        <translation>„%1“ muss Text sein, keine Liste und keine Zuordnung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names</source>
        <translation>„%1“ muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names, each one plain text</source>
        <translation>„%1“ muss eine Liste von Namen sein, jeder davon einfacher Text</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with a time-zone offset, such as 2024-05-01T09:30:00+02:00: &apos;%2&apos;</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit und Zeitzonenversatz wie 2024-05-01T09:30:00+02:00: „%2“</translation>
    </message>
    <message>
        <source>the file has no front matter: all of it became the body</source>
        <translation>Die Datei hat keinen Front-Matter-Block: Ihr ganzer Inhalt wurde zum Text</translation>
    </message>
    <message>
        <source>the file has no front matter: its first heading became the headline</source>
        <translation>Die Datei hat keinen Front-Matter-Block: Ihre erste Überschrift wurde zur Schlagzeile</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (%1)</source>
        <translation>Der Front-Matter-Block ist kein gültiges YAML (%1)</translation>
    </message>
    <message>
        <source>the front matter must be &apos;key: value&apos; lines</source>
        <translation>Der Front-Matter-Block muss aus Zeilen der Form „Schlüssel: Wert“ bestehen</translation>
    </message>
    <message>
        <source>a front-matter key must be a single word, not a list or a mapping</source>
        <translation>Ein Front-Matter-Schlüssel muss ein einzelnes Wort sein, keine Liste und keine Zuordnung</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation>Der Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the front matter could not be read in order</source>
        <translation>Der Front-Matter-Block konnte nicht in seiner Reihenfolge gelesen werden</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use one of: %2)</source>
        <translation>Unbekannter Status „%1“ (möglich sind: %2)</translation>
    </message>
    <message>
        <source>line %1: unknown key &apos;%2&apos; kept</source>
        <translation>Zeile %1: unbekannter Schlüssel „%2“ beibehalten</translation>
    </message>
    <message>
        <source>the front matter that starts here has no closing &apos;---&apos; line</source>
        <translation>Dem hier beginnenden Front-Matter-Block fehlt die abschließende Zeile „---“</translation>
    </message>
    <message>
        <source>&apos;dek_waived&apos; must be true or false, not &apos;%1&apos;</source>
        <translation>„dek_waived“ muss true oder false sein, nicht „%1“</translation>
    </message>
    <message>
        <source>line(s) %1: bytes that are not UTF-8 text were replaced with �</source>
        <translation>Zeile(n) %1: Bytes, die kein UTF-8-Text sind, wurden durch � ersetzt</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation>Was geschehen ist, in einer Zeile</translation>
    </message>
    <message>
        <source>Headline length</source>
        <translation>Länge der Schlagzeile</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>One or two sentences under the headline</source>
        <translation>Ein oder zwei Sätze unter der Schlagzeile</translation>
    </message>
    <message>
        <source>Dek length</source>
        <translation>Länge des Vorspanns</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The story, in Markdown</source>
        <translation>Der Artikel, in Markdown</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Schlagzeile:</translation>
    </message>
    <message>
        <source>De&amp;k:</source>
        <translation>&amp;Vorspann:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 characters, %2 over the limit of %3</source>
        <translation>%1 Zeichen, %2 über der Grenze von %3</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>ArticleRenderer</name>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>First reported by %1.</source>
        <translation>Zuerst berichtet von %1.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>page title: headline — publication</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ArticleTransfer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the hero_image data: URI has no &apos;,&apos; before its data</source>
        <translation>Der data:-URI von hero_image hat kein „,“ vor seinen Daten</translation>
    </message>
    <message>
        <source>the hero_image data: URI is not valid base64</source>
        <translation>Der data:-URI von hero_image ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the hero_image data: URI</source>
        <translation>der data:-URI von hero_image</translation>
    </message>
    <message>
        <source>cannot read the hero image %1: %2</source>
        <translation>Das Aufmacherbild %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the hero image %1 is not an image that Copydesk can read</source>
        <translation>Das Aufmacherbild %1 ist kein Bild, das Copydesk lesen kann</translation>
    </message>
    <message>
        <source>new section &apos;%1&apos; created</source>
        <translation>Neues Ressort „%1“ angelegt</translation>
    </message>
    <message>
        <source>new tag &apos;%1&apos; created</source>
        <translation>Neues Schlagwort „%1“ angelegt</translation>
    </message>
    <message>
        <source>no headline: the file name became the headline</source>
        <translation>Keine Schlagzeile: Der Dateiname wurde zur Schlagzeile</translation>
    </message>
    <message>
        <source>another story already has the slug &apos;%1&apos; (remove the slug line or change it to import this file as a new story)</source>
        <translation>Ein anderer Artikel hat schon das URL-Kürzel „%1“ (entfernen oder ändern Sie die slug-Zeile, um diese Datei als neuen Artikel zu importieren)</translation>
    </message>
    <message>
        <source>the slug &apos;%1&apos; became &apos;%2&apos;</source>
        <translation>Das URL-Kürzel „%1“ wurde zu „%2“</translation>
    </message>
    <message>
        <source>there is no story with the slug &apos;%1&apos;</source>
        <translation>Es gibt keinen Artikel mit dem URL-Kürzel „%1“</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>Diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>hero_alt, hero_caption and hero_credit were left out: there is no hero_image</source>
        <translation>hero_alt, hero_caption und hero_credit wurden weggelassen: Es gibt kein hero_image</translation>
    </message>
    <message>
        <source>%1; Copydesk imports article files of up to %2 MB and %3 lines</source>
        <translation>%1; Copydesk importiert Artikeldateien mit bis zu %2 MB und %3 Zeilen</translation>
    </message>
    <message>
        <source>the file is %1 MB</source>
        <translation>Die Datei ist %1 MB groß</translation>
    </message>
    <message>
        <source>the file has %1 lines</source>
        <translation>Die Datei hat %1 Zeilen</translation>
    </message>
</context>
<context>
    <name>AuthorsPage</name>
    <message>
        <source>&amp;Add Author</source>
        <translation>Autor &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>One-line bio</source>
        <translation>Kurzbiografie (eine Zeile)</translation>
    </message>
    <message>
        <source>The authors could not be read.</source>
        <translation>Die Autoren konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The authors were not saved.</source>
        <translation>Die Autoren wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Usage: copydesk check SLUG [--json] [--database PATH]

Runs the pre-publish checklist on the story with this slug: headline, section,
byline, tags, dek, alt text of every image, links, scheduled time. Each line says
&apos;fail&apos; (blocks publishing), &apos;warn&apos; (may be overridden) or &apos;ok&apos;. The exit code is 0
only when nothing fails.

Options:
  --json           a JSON object: slug, blocked, and items (check, severity, title,
                   message, line)
  --database PATH  use the database at PATH
</source>
        <translation>Aufruf: copydesk check KÜRZEL [--json] [--database PFAD]

Prüft den Artikel mit diesem URL-Kürzel mit der Checkliste vor der Veröffentlichung:
Schlagzeile, Ressort, Autorenzeile, Schlagwörter, Vorspann, Alternativtext jedes Bildes,
Links, geplanter Zeitpunkt. Jede Zeile lautet „fail“ (verhindert die Veröffentlichung),
„warn“ (kann übergangen werden) oder „ok“. Der Exit-Code ist nur 0, wenn nichts
fehlschlägt.

Optionen:
  --json           ein JSON-Objekt: slug, blocked und items (check, severity, title,
                   message, line)
  --database PFAD  die Datenbank unter PFAD verwenden
</translation>
    </message>
    <message>
        <source>check: unknown option &apos;%1&apos;</source>
        <translation>check: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>check: name the slug of the story to check</source>
        <translation>check: Nennen Sie das URL-Kürzel des zu prüfenden Artikels</translation>
    </message>
    <message>
        <source>check: unexpected argument &apos;%1&apos;</source>
        <translation>check: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>check: there is no story with the slug &apos;%1&apos;</source>
        <translation>check: Es gibt keinen Artikel mit dem URL-Kürzel „%1“</translation>
    </message>
    <message>
        <source>Not ready to publish. Problems to fix: %1.</source>
        <translation>Nicht bereit zur Veröffentlichung. Zu behebende Probleme: %1.</translation>
    </message>
    <message>
        <source>Ready to publish once the warnings above have been seen. Warnings: %1.</source>
        <translation>Bereit zur Veröffentlichung, sobald die Warnungen oben gesehen wurden. Warnungen: %1.</translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <translation>Bereit zur Veröffentlichung.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Must fix</source>
        <translation>Muss behoben werden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Before publishing</source>
        <translation>Vor dem Veröffentlichen</translation>
    </message>
    <message>
        <source>This story cannot be published yet. Fix the items marked “Must fix”; double-click one to go there.</source>
        <translation>Dieser Artikel kann noch nicht veröffentlicht werden. Beheben Sie die mit „Muss behoben werden“ markierten Punkte; ein Doppelklick führt zur jeweiligen Stelle.</translation>
    </message>
    <message>
        <source>Nothing blocks publishing, but check the warnings below first.</source>
        <translation>Nichts verhindert die Veröffentlichung, aber prüfen Sie zuerst die Warnungen unten.</translation>
    </message>
    <message>
        <source>Everything is ready to publish.</source>
        <translation>Alles ist bereit zur Veröffentlichung.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Publish &amp;anyway</source>
        <translation>&amp;Trotzdem veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
</context>
<context>
    <name>ChipField</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Keine Auswahl</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>Unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>copydesk: %1</source>
        <translation>copydesk: %1</translation>
    </message>
    <message>
        <source>(details: %1)</source>
        <translation>(Einzelheiten: %1)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>Unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Try &apos;copydesk --help&apos;.</source>
        <translation>Siehe „copydesk --help“.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>Unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>List the stories, newest change first</source>
        <translation>Die Artikel auflisten, zuletzt geänderte zuerst</translation>
    </message>
    <message>
        <source>Import article files and print their slugs</source>
        <translation>Artikeldateien importieren und ihre URL-Kürzel ausgeben</translation>
    </message>
    <message>
        <source>List, rename and merge tags</source>
        <translation>Schlagwörter auflisten, umbenennen und zusammenführen</translation>
    </message>
    <message>
        <source>Usage: copydesk [--database PATH] [FILE.md]
       copydesk [--database PATH] COMMAND [OPTIONS]

Copydesk is a newsroom editor. Without a command it opens its window.

Options:
  --database PATH  use the database at PATH instead of the default one
                   (%1)
  --version        print the version and exit
  -h, --help       print this help and exit

Commands:
</source>
        <translation>Aufruf: copydesk [--database PFAD] [DATEI.md]
       copydesk [--database PFAD] BEFEHL [OPTIONEN]

Copydesk ist ein Redaktionseditor. Ohne Befehl öffnet es sein Fenster.

Optionen:
  --database PFAD  die Datenbank unter PFAD statt der voreingestellten verwenden
                   (%1)
  --version        die Version ausgeben und beenden
  -h, --help       diese Hilfe ausgeben und beenden

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;copydesk COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Mit „copydesk BEFEHL --help“ zeigt ein Befehl seine Optionen.
</translation>
    </message>
    <message>
        <source>Write one story to stdout as Markdown, HTML or ninjs</source>
        <translation>Einen Artikel als Markdown, HTML oder ninjs auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>Run the pre-publish checklist on a story</source>
        <translation>Die Checkliste vor der Veröffentlichung für einen Artikel ausführen</translation>
    </message>
    <message>
        <source>Add, list and remove publishing targets</source>
        <translation>Veröffentlichungsziele hinzufügen, auflisten und entfernen</translation>
    </message>
    <message>
        <source>Publish a story to a target (after the checklist)</source>
        <translation>Einen Artikel auf einem Ziel veröffentlichen (nach der Checkliste)</translation>
    </message>
    <message>
        <source>Take a story off a target</source>
        <translation>Einen Artikel von einem Ziel zurückziehen</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain holds no password or token for “%1”. Enter it again in the target&apos;s settings.</source>
        <translation>Der Schlüsselbund enthält kein Passwort und kein Token für „%1“. Geben Sie es in den Einstellungen des Ziels erneut ein.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain could not delete the password of “%1”.</source>
        <translation>Der Schlüsselbund konnte das Passwort von „%1“ nicht löschen.</translation>
    </message>
    <message>
        <source>No keychain is available. Copydesk keeps publishing passwords and tokens only in the system keychain (GNOME Keyring, KWallet or another Secret Service), and none answered. Start or unlock it and try again; until then nothing is stored and publishing to this target is off.</source>
        <translation>Es ist kein Schlüsselbund verfügbar. Copydesk bewahrt Passwörter und Tokens für die Veröffentlichung nur im Schlüsselbund des Systems auf (GNOME Keyring, KWallet oder ein anderer Secret Service), und keiner hat geantwortet. Starten oder entsperren Sie ihn und versuchen Sie es erneut; bis dahin wird nichts gespeichert, und die Veröffentlichung auf diesem Ziel ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <source>± %1</source>
        <extracomment>Heads a changed field in the history&apos;s diff; ± marks it changed without colour</extracomment>
        <translation>± %1</translation>
    </message>
    <message>
        <source> […] </source>
        <translation> […] </translation>
    </message>
    <message numerus="yes">
        <source>Too many changes to show them all: %n more not shown.</source>
        <translation>
            <numerusform>Zu viele Änderungen, um alle zu zeigen: %n weitere Änderung nicht angezeigt.</numerusform>
            <numerusform>Zu viele Änderungen, um alle zu zeigen: %n weitere Änderungen nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <extracomment>Lists the fields a diff did not change; %1 is &quot;Section, Dek, …&quot;</extracomment>
        <translation>Unverändert: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>EditorServices</name>
    <message>
        <source>That file cannot be the hero image.</source>
        <translation>Diese Datei kann nicht das Aufmacherbild sein.</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>The word was added for now, but could not be kept for next time.</source>
        <translation>Das Wort wurde vorerst hinzugefügt, konnte aber nicht für das nächste Mal gespeichert werden.</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>The desk already has “%1”. Use it instead of “%2”?</source>
        <translation>Die Redaktion hat schon „%1“. Statt „%2“ verwenden?</translation>
    </message>
    <message>
        <source>There is no tag “%1” yet. Create it for every story to use?</source>
        <translation>Es gibt noch kein Schlagwort „%1“. Für alle Artikel anlegen?</translation>
    </message>
    <message>
        <source>The tag could not be created.</source>
        <translation>Das Schlagwort konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Choose the Hero Image</source>
        <translation>Aufmacherbild wählen</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>That file cannot be inserted.</source>
        <translation>Diese Datei kann nicht eingefügt werden.</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it:</source>
        <translation>Beschreiben Sie das Bild für Leser, die es nicht sehen können:</translation>
    </message>
    <message>
        <source>The image could not be stored with the story.</source>
        <translation>Das Bild konnte nicht mit dem Artikel gespeichert werden.</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>Das Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export: unknown option &apos;%1&apos;</source>
        <translation>export: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>export: name the slug of the story to export</source>
        <translation>export: Nennen Sie das URL-Kürzel des zu exportierenden Artikels</translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos;</source>
        <translation>export: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Usage: copydesk export [--format markdown|html|ninjs] SLUG [--database PATH]

Writes the story with this slug to standard output.

Options:
  --format FORMAT  markdown (the default): an article file that &apos;copydesk import&apos;
                   reads back, with the hero image inside as a data: URI;
                   html: a standalone web page;
                   ninjs: an IPTC ninjs 2.1 JSON document, as sent to ninjs targets
  --database PATH  use the database at PATH
</source>
        <translation>Aufruf: copydesk export [--format markdown|html|ninjs] KÜRZEL [--database PFAD]

Schreibt den Artikel mit diesem URL-Kürzel auf die Standardausgabe.

Optionen:
  --format FORMAT  markdown (Voreinstellung): eine Artikeldatei, die „copydesk import“
                   wieder einliest, mit dem Aufmacherbild als data:-URI darin;
                   html: eine eigenständige Webseite;
                   ninjs: ein IPTC-ninjs-2.1-JSON-Dokument, wie es an ninjs-Ziele geht
  --database PFAD  die Datenbank unter PFAD verwenden
</translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (use markdown, html or ninjs)</source>
        <translation>export: unbekanntes Format „%1“ (markdown, html oder ninjs verwenden)</translation>
    </message>
    <message>
        <source>export: there is no story with the slug &apos;%1&apos;</source>
        <translation>export: Es gibt keinen Artikel mit dem URL-Kürzel „%1“</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Import Article Files…</source>
        <translation>Artikeldateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Import Article Files</source>
        <translation>Artikeldateien importieren</translation>
    </message>
    <message>
        <source>Article files (*.md *.markdown);;All files (*)</source>
        <translation>Artikeldateien (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some files could not be imported; nothing of them was kept.</source>
        <translation>Einige Dateien konnten nicht importiert werden; von ihnen wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>Article files (*.md)</source>
        <translation>Artikeldateien (*.md)</translation>
    </message>
    <message>
        <source>The story could not be exported.</source>
        <translation>Der Artikel konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts su&amp;chen</translation>
    </message>
    <message>
        <source>Find in the body</source>
        <translation>Im Text suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>1 replaced</source>
        <translation>1 ersetzt</translation>
    </message>
    <message>
        <source>%1 replaced</source>
        <translation>%1 ersetzt</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Use a web address (https://…) or an email address.</source>
        <translation>Verwenden Sie eine Webadresse (https://…) oder eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <source>Link to a web page</source>
        <translation>Auf eine Webseite verlinken</translation>
    </message>
    <message>
        <source>&amp;Subhead</source>
        <translation>&amp;Zwischentitel</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>Zwischentitel</translation>
    </message>
    <message>
        <source>&amp;Minor subhead</source>
        <translation>Kleiner Zwischen&amp;titel</translation>
    </message>
    <message>
        <source>Minor subhead</source>
        <translation>Kleiner Zwischentitel</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>Z&amp;itat</translation>
    </message>
    <message>
        <source>Block quote or pull quote</source>
        <translation>Blockzitat oder herausgestelltes Zitat</translation>
    </message>
    <message>
        <source>B&amp;ulleted list</source>
        <translation>&amp;Aufzählung</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation>Ein Bild einfügen</translation>
    </message>
    <message>
        <source>&amp;Horizontal rule</source>
        <translation>Tr&amp;ennlinie</translation>
    </message>
    <message>
        <source>Horizontal rule</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>HeroImageField</name>
    <message>
        <source>The file is empty, so it is not an image.</source>
        <translation>Die Datei ist leer, also kein Bild.</translation>
    </message>
    <message>
        <source>The image is %1; the largest a hero image can be is %2.</source>
        <translation>Das Bild ist %1 groß; ein Aufmacherbild darf höchstens %2 groß sein.</translation>
    </message>
    <message>
        <source>This is not an image (it looks like %1). Choose a PNG, JPEG, GIF or WebP file.</source>
        <translation>Das ist kein Bild (es sieht aus wie %1). Wählen Sie eine PNG-, JPEG-, GIF- oder WebP-Datei.</translation>
    </message>
    <message>
        <source>%1 images cannot be shown on the site. Choose a PNG, JPEG, GIF or WebP file.</source>
        <translation>%1-Bilder können auf der Website nicht angezeigt werden. Wählen Sie eine PNG-, JPEG-, GIF- oder WebP-Datei.</translation>
    </message>
    <message>
        <source>The image cannot be read: %1.</source>
        <translation>Das Bild kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Hero image</source>
        <translation>Aufmacherbild</translation>
    </message>
    <message>
        <source>Click to choose an image; paste (%1) or drop one here; Delete removes it</source>
        <translation>Klicken, um ein Bild zu wählen; eines einfügen (%1) oder hier ablegen; Entf entfernt es</translation>
    </message>
    <message>
        <source>Choose hero image</source>
        <translation>Aufmacherbild wählen</translation>
    </message>
    <message>
        <source>Paste hero image</source>
        <translation>Aufmacherbild einfügen</translation>
    </message>
    <message>
        <source>Remove hero image</source>
        <translation>Aufmacherbild entfernen</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Required to publish</source>
        <translation>Für die Veröffentlichung nötig</translation>
    </message>
    <message>
        <source>Required: what the image shows</source>
        <translation>Nötig: was das Bild zeigt</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Photographer / agency</source>
        <translation>Fotograf / Agentur</translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation>Alternativte&amp;xt:</translation>
    </message>
    <message>
        <source>Capt&amp;ion:</source>
        <translation>B&amp;ildunterschrift:</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>Bildnachw&amp;eis:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no image to paste.</source>
        <translation>Es gibt kein Bild zum Einfügen.</translation>
    </message>
    <message>
        <source>Only images on this computer can be used; download the image first.</source>
        <translation>Nur Bilder auf diesem Computer können verwendet werden; laden Sie das Bild zuerst herunter.</translation>
    </message>
    <message>
        <source>%1 is %2; the largest a hero image can be is %3.</source>
        <translation>%1 ist %2 groß; ein Aufmacherbild darf höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>There is no image on the clipboard.</source>
        <translation>In der Zwischenablage ist kein Bild.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>The story cannot be published until the image has alt text.</source>
        <translation>Der Artikel kann erst veröffentlicht werden, wenn das Bild einen Alternativtext hat.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show the story&apos;s revisions, what changed between them, and restore one</source>
        <translation>Die Versionen des Artikels zeigen, was sich zwischen ihnen geändert hat, und eine davon wiederherstellen</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>The revision could not be restored.</source>
        <translation>Die Version konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Revision restored; the text before it is kept in the history.</source>
        <translation>Version wiederhergestellt; der Text davor bleibt im Verlauf erhalten.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Statuswechsel</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A status change in the history: &quot;Draft → In review&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Restored from a revision since deleted</source>
        <translation>Aus einer inzwischen gelöschten Version wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored from the revision of %1</source>
        <translation>Aus der Version vom %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Side by si&amp;de</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Show change &amp;marks</source>
        <translation>Änderungs&amp;markierungen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Write [-deleted-] and {+inserted+} around changes, for screen readers and print</source>
        <translation>[-gelöscht-] und {+eingefügt+} um Änderungen schreiben, für Screenreader und Druck</translation>
    </message>
    <message>
        <source>Make this revision&apos;s words the story&apos;s text again; the current text stays in the history</source>
        <translation>Den Text dieser Version wieder zum Text des Artikels machen; der aktuelle Text bleibt im Verlauf</translation>
    </message>
    <message>
        <source>No story is open.</source>
        <translation>Kein Artikel ist geöffnet.</translation>
    </message>
    <message>
        <source>Choose a revision to see what changed since, or two (with Ctrl) to compare them.</source>
        <translation>Wählen Sie eine Version, um zu sehen, was sich seitdem geändert hat, oder zwei (mit Strg), um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Changes from the revision of %1 to the text in the editor</source>
        <translation>Änderungen von der Version vom %1 zum Text im Editor</translation>
    </message>
    <message>
        <source>Changes from the revision of %1 to the revision of %2</source>
        <translation>Änderungen von der Version vom %1 zur Version vom %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>The revisions could not be read.</source>
        <translation>Die Versionen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Publishing attempts</source>
        <translation>Veröffentlichungsversuche</translation>
    </message>
    <message>
        <source>P&amp;ublishing attempts</source>
        <translation>V&amp;eröffentlichungsversuche</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 refused the connection; the site may be down.</source>
        <translation>%1 hat die Verbindung abgelehnt; die Website ist vielleicht nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server %1 was not found; check the target&apos;s address.</source>
        <translation>Der Server %1 wurde nicht gefunden; prüfen Sie die Adresse des Ziels.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted (expired, self-signed or made for another name). Nothing was sent.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Seinem Zertifikat wird nicht vertraut (abgelaufen, selbst signiert oder für einen anderen Namen ausgestellt). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>%1 redirected the request somewhere Copydesk will not follow.</source>
        <translation>%1 hat die Anfrage an eine Stelle umgeleitet, der Copydesk nicht folgt.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The site answered: %1 (HTTP %2)</source>
        <translation>Die Website hat geantwortet: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>The site refused the credentials (HTTP %1); check the user and its password.</source>
        <translation>Die Website hat die Zugangsdaten abgelehnt (HTTP %1); prüfen Sie den Benutzer und sein Passwort.</translation>
    </message>
    <message>
        <source>The site has no such address (HTTP 404); check the target&apos;s URL.</source>
        <translation>Die Website kennt diese Adresse nicht (HTTP 404); prüfen Sie die URL des Ziels.</translation>
    </message>
    <message>
        <source>The site asks us to slow down (HTTP 429); it will be tried again later.</source>
        <translation>Die Website bittet darum, langsamer zu machen (HTTP 429); es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The site had an internal problem (HTTP %1 %2); it will be tried again later.</source>
        <translation>Die Website hatte ein internes Problem (HTTP %1 %2); es wird später erneut versucht.</translation>
    </message>
    <message>
        <source>The site answered HTTP %1 %2.</source>
        <translation>Die Website hat mit HTTP %1 %2 geantwortet.</translation>
    </message>
    <message>
        <source>The site redirected to another server (%1); Copydesk does not send the credentials there. Check the target&apos;s URL.</source>
        <translation>Die Website hat auf einen anderen Server umgeleitet (%1); Copydesk sendet die Zugangsdaten nicht dorthin. Prüfen Sie die URL des Ziels.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Usage: copydesk import FILE... [--database PATH]

Imports article files (Markdown with a front-matter block) and prints the slug of
each story, one per line. A file imported before is not imported again: its story&apos;s
slug is printed and stderr says it was reopened. Warnings (unknown keys kept, new
sections or tags) go to stderr. Each file is imported completely or not at all.

Options:
  --database PATH  use the database at PATH
</source>
        <translation>Aufruf: copydesk import DATEI... [--database PFAD]

Importiert Artikeldateien (Markdown mit einem Front-Matter-Block) und gibt das URL-Kürzel
jedes Artikels aus, eines pro Zeile. Eine schon einmal importierte Datei wird nicht erneut
importiert: Das URL-Kürzel ihres Artikels wird ausgegeben, und stderr meldet, dass er wieder
geöffnet wurde. Warnungen (unbekannte Schlüssel beibehalten, neue Ressorts oder Schlagwörter)
gehen nach stderr. Jede Datei wird ganz oder gar nicht importiert.

Optionen:
  --database PFAD  die Datenbank unter PFAD verwenden
</translation>
    </message>
    <message>
        <source>import: unknown option &apos;%1&apos;</source>
        <translation>import: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>import: name at least one file to import</source>
        <translation>import: Nennen Sie mindestens eine zu importierende Datei</translation>
    </message>
    <message>
        <source>copydesk: %1: %2</source>
        <translation>copydesk: %1: %2</translation>
    </message>
    <message>
        <source>copydesk: %1 was imported before; not imported again (story &apos;%2&apos;)</source>
        <translation>copydesk: %1 wurde schon importiert; nicht erneut importiert (Artikel „%2“)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Menus, dialogs and messages use this language from the next start. How the preview shows dates is set by the publication&apos;s locale.</source>
        <translation>Menüs, Dialoge und Meldungen erscheinen ab dem nächsten Start in dieser Sprache. Wie die Vorschau Datumsangaben zeigt, bestimmt die Spracheinstellung der Publikation.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list: unknown option &apos;%1&apos;</source>
        <translation>list: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>list: unexpected argument &apos;%1&apos;</source>
        <translation>list: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>list: unknown status &apos;%1&apos; (use one of: %2)</source>
        <translation>list: unbekannter Status „%1“ (möglich sind: %2)</translation>
    </message>
    <message>
        <source>Usage: copydesk list [--status STATUS] [--search WORDS] [--tag TAG] [--json] [--database PATH]

Lists the stories, newest change first (best match first with --search): slug, status
and headline, separated by tabs.

Options:
  --status STATUS  only stories with this status (%1); repeat it or separate
                   with commas for several
  --search WORDS   only stories with these words in the headline, dek, body, tags,
                   byline or attribution; &quot;quoted words&quot; are a phrase and word* a prefix
  --tag TAG        only stories with this tag (its name, in any case)
  --json           print a JSON array of objects with slug, headline, status,
                   section, byline, words and updated (ISO 8601, UTC); with --search
                   also snippet (the matched words in [brackets])
  --database PATH  use the database at PATH
</source>
        <translation>Aufruf: copydesk list [--status STATUS] [--search WÖRTER] [--tag SCHLAGWORT] [--json] [--database PFAD]

Listet die Artikel auf, zuletzt geänderte zuerst (mit --search die besten Treffer zuerst):
URL-Kürzel, Status und Schlagzeile, durch Tabulatoren getrennt.

Optionen:
  --status STATUS  nur Artikel mit diesem Status (%1); für mehrere wiederholen
                   oder durch Kommas trennen
  --search WÖRTER  nur Artikel mit diesen Wörtern in Schlagzeile, Vorspann, Text,
                   Schlagwörtern, Autorenzeile oder Quellenangabe; &quot;Wörter in
                   Anführungszeichen&quot; sind eine Wortgruppe, wort* ein Präfix
  --tag SCHLAGWORT nur Artikel mit diesem Schlagwort (sein Name, in beliebiger
                   Schreibung)
  --json           ein JSON-Array von Objekten mit slug, headline, status,
                   section, byline, words und updated (ISO 8601, UTC) ausgeben;
                   mit --search auch snippet (die Trefferwörter in [Klammern])
  --database PFAD  die Datenbank unter PFAD verwenden
</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stories</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>The story list could not be read.</source>
        <translation>Die Artikelliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <source>Start a new story</source>
        <translation>Einen neuen Artikel beginnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Store the story now (it is also saved as you type)</source>
        <translation>Den Artikel jetzt speichern (er wird auch beim Tippen gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Focus on the Paragraph</source>
        <translation>Auf den Absatz &amp;fokussieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Dim everything but the paragraph being written</source>
        <translation>Alles außer dem Absatz, an dem Sie schreiben, abblenden</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show the story as the site will</source>
        <translation>Den Artikel so zeigen, wie ihn die Website zeigen wird</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Show &amp;All Stories</source>
        <translation>&amp;Alle Artikel anzeigen</translation>
    </message>
    <message>
        <source>Add a Tag to the Selected Stories…</source>
        <translation>Den ausgewählten Artikeln ein Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Remove a Tag from the Selected Stories…</source>
        <translation>Ein Schlagwort von den ausgewählten Artikeln entfernen…</translation>
    </message>
    <message>
        <source>Undo Tag Change</source>
        <translation>Schlagwortänderung rückgängig machen</translation>
    </message>
    <message>
        <source>Add a Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove a Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n story(ies):</source>
        <translation>
            <numerusform>Schlagwort, das %n Artikel hinzugefügt wird:</numerusform>
            <numerusform>Schlagwort, das %n Artikeln hinzugefügt wird:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n story(ies):</source>
        <translation>
            <numerusform>Schlagwort, das von %n Artikel entfernt wird:</numerusform>
            <numerusform>Schlagwort, das von %n Artikeln entfernt wird:</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag was not changed on the stories.</source>
        <translation>Das Schlagwort wurde an den Artikeln nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” added to %n story(ies).</source>
        <translation>
            <numerusform>„%1“ wurde %n Artikel hinzugefügt.</numerusform>
            <numerusform>„%1“ wurde %n Artikeln hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” removed from %n story(ies).</source>
        <translation>
            <numerusform>„%1“ wurde von %n Artikel entfernt.</numerusform>
            <numerusform>„%1“ wurde von %n Artikeln entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stories tagged “%1”</source>
        <translation>Artikel mit dem Schlagwort „%1“</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>%1 im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>Copydesk[*]</source>
        <extracomment>The window title; %1 is the publication&apos;s name. [*] marks unsaved changes.</extracomment>
        <translation>Copydesk[*]</translation>
    </message>
    <message>
        <source>Copydesk — %1[*]</source>
        <translation>Copydesk — %1[*]</translation>
    </message>
    <message>
        <source>The story could not be saved. Your words are still in the editor.</source>
        <translation>Der Artikel konnte nicht gespeichert werden. Ihr Text ist noch im Editor.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>The new story could not be created.</source>
        <translation>Der neue Artikel konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Close Copydesk</source>
        <translation>Copydesk schließen</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: %1</source>
        <translation>Ihre letzten Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Close anyway and lose them, or go back to the story?</source>
        <translation>Trotzdem schließen und sie verlieren, oder zurück zum Artikel?</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation>Der Artikel konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The stories could not be searched.</source>
        <translation>Die Artikel konnten nicht durchsucht werden.</translation>
    </message>
    <message>
        <source>Sto&amp;ry</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Arbeitsablauf</translation>
    </message>
</context>
<context>
    <name>MarkdownBody</name>
    <message>
        <source>[Image not shown: the page shows only the article&apos;s own images.]</source>
        <translation>[Bild nicht angezeigt: Die Seite zeigt nur die eigenen Bilder des Artikels.]</translation>
    </message>
    <message>
        <source>(nested too deeply to show)</source>
        <translation>(zu tief verschachtelt, um es anzuzeigen)</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
</context>
<context>
    <name>NinjsEndpoint</name>
    <message>
        <source>Sending the ninjs document…</source>
        <translation>Das ninjs-Dokument wird gesendet…</translation>
    </message>
</context>
<context>
    <name>PasteConverter</name>
    <message>
        <source>This paste is larger than the %1 MB an article can hold, so nothing was pasted.</source>
        <translation>Der eingefügte Inhalt ist größer als die %1 MB, die ein Artikel fassen kann; es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>Pictures can&apos;t be pasted into the text. Use Insert Image, or set the hero image.</source>
        <translation>Bilder können nicht in den Text eingefügt werden. Verwenden Sie „Bild einfügen“ oder setzen Sie das Aufmacherbild.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Phone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>Preview at a phone&apos;s width</source>
        <translation>Vorschau in Smartphone-Breite</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Preview at a desktop&apos;s width</source>
        <translation>Vorschau in Desktop-Breite</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Only an editor may change roles.</source>
        <translation>Nur ein Redakteur darf Rollen ändern.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Writes as:</source>
        <translation>&amp;Schreibt als:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;People on the desk:</source>
        <translation>&amp;Personen in der Redaktion:</translation>
    </message>
    <message>
        <source>Your profile was not saved.</source>
        <translation>Ihr Profil wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The role of %1 was not changed.</source>
        <translation>Die Rolle von %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Your profile could not be read again.</source>
        <translation>Ihr Profil konnte nicht erneut gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PublicationPage</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tagline:</source>
        <translation>&amp;Slogan:</translation>
    </message>
    <message>
        <source>&amp;Home city:</source>
        <translation>&amp;Verlagsort:</translation>
    </message>
    <message>
        <source>&amp;Locale:</source>
        <translation>&amp;Gebietsschema:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>The publication was not saved.</source>
        <translation>Die Publikation wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is not a locale Copydesk knows.</source>
        <translation>„%1“ ist kein Gebietsschema, das Copydesk kennt.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Copydesk knows.</source>
        <translation>„%1“ ist keine Zeitzone, die Copydesk kennt.</translation>
    </message>
</context>
<context>
    <name>PublishChecklist</name>
    <message>
        <source>Alt text of image %1</source>
        <translation>Alternativtext von Bild %1</translation>
    </message>
    <message>
        <source>Image %1 in the body (line %2) has no alt text. Describe what it shows between the brackets: ![what the picture shows](…).</source>
        <translation>Bild %1 im Text (Zeile %2) hat keinen Alternativtext. Beschreiben Sie zwischen den eckigen Klammern, was es zeigt: ![was das Bild zeigt](…).</translation>
    </message>
    <message>
        <source>Link without address</source>
        <translation>Link ohne Adresse</translation>
    </message>
    <message>
        <source>The link “%1” on line %2 of the body has no address. Put it between the parentheses, or remove the link.</source>
        <translation>Der Link „%1“ in Zeile %2 des Textes hat keine Adresse. Setzen Sie sie zwischen die runden Klammern oder entfernen Sie den Link.</translation>
    </message>
    <message>
        <source>Link without text</source>
        <translation>Link ohne Text</translation>
    </message>
    <message>
        <source>The link to %1 on line %2 of the body has no text, so readers cannot see or click it. Write its words between the brackets.</source>
        <translation>Der Link auf %1 in Zeile %2 des Textes hat keinen Text, daher können Leser ihn weder sehen noch anklicken. Schreiben Sie seine Wörter zwischen die eckigen Klammern.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>The story has no headline. Write one.</source>
        <translation>Der Artikel hat keine Schlagzeile. Schreiben Sie eine.</translation>
    </message>
    <message>
        <source>The headline is %1 characters; search results show about %2. Consider shortening it.</source>
        <translation>Die Schlagzeile hat %1 Zeichen; Suchergebnisse zeigen etwa %2. Kürzen Sie sie gegebenenfalls.</translation>
    </message>
    <message>
        <source>The story has a headline.</source>
        <translation>Der Artikel hat eine Schlagzeile.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Choose the section the story belongs in.</source>
        <translation>Wählen Sie das Ressort, zu dem der Artikel gehört.</translation>
    </message>
    <message>
        <source>The story has a section.</source>
        <translation>Der Artikel hat ein Ressort.</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Add at least one author to the byline.</source>
        <translation>Fügen Sie der Autorenzeile mindestens einen Autor hinzu.</translation>
    </message>
    <message>
        <source>The story has a byline.</source>
        <translation>Der Artikel hat eine Autorenzeile.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Add at least one tag, so readers can find the story.</source>
        <translation>Fügen Sie mindestens ein Schlagwort hinzu, damit Leser den Artikel finden.</translation>
    </message>
    <message>
        <source>The story has tags.</source>
        <translation>Der Artikel hat Schlagwörter.</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>The dek is %1 characters; keep it under %2, one or two sentences.</source>
        <translation>Der Vorspann hat %1 Zeichen; halten Sie ihn unter %2 Zeichen, bei ein oder zwei Sätzen.</translation>
    </message>
    <message>
        <source>The story has a dek.</source>
        <translation>Der Artikel hat einen Vorspann.</translation>
    </message>
    <message>
        <source>No dek: waived by the desk.</source>
        <translation>Kein Vorspann: Die Redaktion verzichtet darauf.</translation>
    </message>
    <message>
        <source>Write a one- or two-sentence dek under the headline, or mark the story as going out without one (waive the dek).</source>
        <translation>Schreiben Sie unter die Schlagzeile einen Vorspann aus ein oder zwei Sätzen, oder markieren Sie, dass der Artikel ohne Vorspann erscheint (auf den Vorspann verzichten).</translation>
    </message>
    <message>
        <source>Hero image</source>
        <translation>Aufmacherbild</translation>
    </message>
    <message>
        <source>The story has no hero image; it will go out without a picture at the top.</source>
        <translation>Der Artikel hat kein Aufmacherbild; er erscheint ohne Bild am Anfang.</translation>
    </message>
    <message>
        <source>Alt text of the hero image</source>
        <translation>Alternativtext des Aufmacherbilds</translation>
    </message>
    <message>
        <source>The hero image has no alt text. Describe what the picture shows in its Alt text field.</source>
        <translation>Das Aufmacherbild hat keinen Alternativtext. Beschreiben Sie im Feld „Alternativtext“, was das Bild zeigt.</translation>
    </message>
    <message>
        <source>The hero image has alt text.</source>
        <translation>Das Aufmacherbild hat einen Alternativtext.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The body is empty. Write the story.</source>
        <translation>Der Text ist leer. Schreiben Sie den Artikel.</translation>
    </message>
    <message>
        <source>Alt text of images in the body</source>
        <translation>Alternativtext der Bilder im Text</translation>
    </message>
    <message>
        <source>Every image in the body has alt text.</source>
        <translation>Jedes Bild im Text hat einen Alternativtext.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Every link has text and an address.</source>
        <translation>Jeder Link hat einen Text und eine Adresse.</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Geplanter Zeitpunkt</translation>
    </message>
    <message>
        <source>The scheduled time (%1) has passed. Set a time in the future, or clear it to publish now.</source>
        <translation>Der geplante Zeitpunkt (%1) ist vorbei. Legen Sie einen Zeitpunkt in der Zukunft fest, oder löschen Sie ihn, um sofort zu veröffentlichen.</translation>
    </message>
    <message>
        <source>The story is scheduled for %1.</source>
        <translation>Der Artikel ist für %1 geplant.</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>Usage: copydesk publish SLUG --target NAME [--accept-warnings] [--overwrite] [--database PATH]

Runs the pre-publish checklist, then publishes the story to the target.
Exit code 0 only when the story is live or scheduled.

Options:
  --target NAME      the publishing target (&apos;copydesk targets list&apos;)
  --accept-warnings  go ahead although the checklist has warnings
  --overwrite        replace edits made on the site since the last publish
  --database PATH    use the database at PATH
</source>
        <translation>Aufruf: copydesk publish KÜRZEL --target NAME [--accept-warnings] [--overwrite] [--database PFAD]

Führt die Checkliste vor der Veröffentlichung aus und veröffentlicht den Artikel
dann auf dem Ziel. Der Exit-Code ist nur 0, wenn der Artikel online oder geplant ist.

Optionen:
  --target NAME      das Veröffentlichungsziel („copydesk targets list“)
  --accept-warnings  trotz Warnungen der Checkliste fortfahren
  --overwrite        seit der letzten Veröffentlichung auf der Website gemachte
                     Änderungen ersetzen
  --database PFAD    die Datenbank unter PFAD verwenden
</translation>
    </message>
    <message>
        <source>Usage: copydesk unpublish SLUG --target NAME [--database PATH]

Takes the story off the target (back to draft there).
</source>
        <translation>Aufruf: copydesk unpublish KÜRZEL --target NAME [--database PFAD]

Zieht den Artikel vom Ziel zurück (dort wieder als Entwurf).
</translation>
    </message>
    <message>
        <source>%1: name the slug of one story</source>
        <translation>%1: Nennen Sie das URL-Kürzel eines Artikels</translation>
    </message>
    <message>
        <source>%1: name the target with --target NAME</source>
        <translation>%1: Nennen Sie das Ziel mit --target NAME</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>! %1: %2</source>
        <translation>! %1: %2</translation>
    </message>
    <message>
        <source>publish: the checklist blocks publishing; fix the items above</source>
        <translation>publish: Die Checkliste verhindert die Veröffentlichung; beheben Sie die Punkte oben</translation>
    </message>
    <message>
        <source>publish: the checklist has warnings; look at them, then run again with --accept-warnings</source>
        <translation>publish: Die Checkliste hat Warnungen; sehen Sie sie sich an und führen Sie den Befehl dann mit --accept-warnings erneut aus</translation>
    </message>
    <message>
        <source>copydesk: %1 is still waiting to be sent (job %2); the app sends it when the site answers.</source>
        <translation>copydesk: %1 wartet noch auf das Senden (Auftrag %2); die App sendet es, sobald die Website antwortet.</translation>
    </message>
    <message>
        <source>copydesk: %1; trying again</source>
        <translation>copydesk: %1; neuer Versuch</translation>
    </message>
    <message>
        <source>%1: %2 Run again with --overwrite to replace them.</source>
        <translation>%1: %2 Führen Sie den Befehl mit --overwrite erneut aus, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>copydesk: the story&apos;s status could not be stored: %1</source>
        <translation>copydesk: Der Status des Artikels konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>PublishController</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Run the checklist, then publish the story to the site (Ctrl+Alt+P)</source>
        <translation>Die Checkliste ausführen, dann den Artikel auf der Website veröffentlichen (Strg+Alt+P)</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish to:</source>
        <translation>Veröffentlichen auf:</translation>
    </message>
    <message>
        <source>Edited on the site</source>
        <translation>Auf der Website bearbeitet</translation>
    </message>
    <message>
        <source>Overwrite the changes made on the site?</source>
        <translation>Die auf der Website gemachten Änderungen überschreiben?</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Where the story is on the site</source>
        <translation>Wo der Artikel auf der Website steht</translation>
    </message>
    <message>
        <source>The story is not on any site.</source>
        <translation>Der Artikel ist auf keiner Website.</translation>
    </message>
    <message>
        <source>No publishing target is set up yet. Add one with &apos;copydesk targets add NAME --kind wordpress --url URL --user USER&apos;.</source>
        <translation>Es ist noch kein Veröffentlichungsziel eingerichtet. Fügen Sie eines mit „copydesk targets add NAME --kind wordpress --url URL --user BENUTZER“ hinzu.</translation>
    </message>
    <message>
        <source>Only an editor may publish.</source>
        <translation>Nur ein Redakteur darf veröffentlichen.</translation>
    </message>
    <message>
        <source>Only an editor may unpublish.</source>
        <translation>Nur ein Redakteur darf Artikel zurückziehen.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Veröffentlichen auf %1…</translation>
    </message>
    <message>
        <source>Taking the story off %1…</source>
        <translation>Der Artikel wird von %1 zurückgezogen…</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <source>Taken off the site.</source>
        <translation>Von der Website zurückgezogen.</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Online: %1</translation>
    </message>
    <message>
        <source>%1 Will try again at %2.</source>
        <translation>%1 Neuer Versuch um %2.</translation>
    </message>
    <message>
        <source>Not published: the site&apos;s edits were kept.</source>
        <translation>Nicht veröffentlicht: Die Änderungen auf der Website wurden beibehalten.</translation>
    </message>
    <message>
        <source>Only an editor may publish</source>
        <translation>Nur ein Redakteur darf veröffentlichen</translation>
    </message>
</context>
<context>
    <name>PublishLogModel</name>
    <message>
        <source>(removed target)</source>
        <translation>(entferntes Ziel)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <extracomment>The HTTP status code the site answered a publishing attempt with</extracomment>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>PublishQueue</name>
    <message numerus="yes">
        <source>Given up after %n attempts: %1</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishedStatus</name>
    <message>
        <source>Taken off %1</source>
        <translation>Von %1 zurückgezogen</translation>
    </message>
    <message>
        <source>Published to %1</source>
        <translation>Auf %1 veröffentlicht</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>SampleNewsroom</name>
    <message>
        <source>The sample newsroom could not be read.</source>
        <translation>Die Beispielredaktion konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Stilllegen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Ressorts</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Neues Ressort</translation>
    </message>
    <message>
        <source>The sections could not be read.</source>
        <translation>Die Ressorts konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Retired: kept by older stories, not offered for new ones</source>
        <translation>Stillgelegt: bleibt bei älteren Artikeln, wird für neue nicht angeboten</translation>
    </message>
    <message>
        <source>retired</source>
        <extracomment>Spoken for a retired section in the list (screen readers do not see the italics)</extracomment>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>&amp;Bring Back</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>The sections were not saved.</source>
        <translation>Die Ressorts wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Your profile and the desk’s publication, sections and authors</source>
        <translation>Ihr Profil sowie Publikation, Ressorts und Autoren der Redaktion</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The database is read-only: settings are shown, not changed.</source>
        <translation>Die Datenbank ist schreibgeschützt: Die Einstellungen werden angezeigt, nicht geändert.</translation>
    </message>
    <message>
        <source>Only an editor may change the desk’s settings; you can change your own name.</source>
        <translation>Nur ein Redakteur darf die Einstellungen der Redaktion ändern; Ihren eigenen Namen können Sie ändern.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Ressorts</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>There is no spelling dictionary for “%1”. Install a hunspell dictionary for it.</source>
        <translation>Es gibt kein Rechtschreibwörterbuch für „%1“. Installieren Sie ein Hunspell-Wörterbuch dafür.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but no backup copy could be written next to it, so it was left as it was.</source>
        <translation>Die Datenbank braucht ein Upgrade, aber daneben konnte keine Sicherungskopie geschrieben werden; sie wurde deshalb unverändert gelassen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created, so the database cannot be opened there.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden; die Datenbank kann dort deshalb nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>A new database cannot be created in %1: the folder is read-only.</source>
        <translation>In %1 kann keine neue Datenbank angelegt werden: Der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk database (it is not an SQLite file). It was not changed.</source>
        <translation>%1 ist keine Copydesk-Datenbank (keine SQLite-Datei). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be opened. It was not changed; restore it from a backup.</source>
        <translation>Die Datenbank %1 ist beschädigt und kann nicht geöffnet werden. Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Copydesk. It was not changed.</source>
        <translation>%1 ist die Datenbank eines anderen Programms, nicht von Copydesk. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Copydesk. Update Copydesk to open it; the file was not changed.</source>
        <translation>%1 wurde von einer neueren Copydesk-Version geschrieben. Aktualisieren Sie Copydesk, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Copydesk, but it is read-only.</source>
        <translation>%1 braucht ein Upgrade auf diese Copydesk-Version, ist aber schreibgeschützt.</translation>
    </message>
    <message>
        <source>The database file is read-only; changes cannot be saved.</source>
        <translation>Die Datenbankdatei ist schreibgeschützt; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The database&apos;s folder is read-only; changes cannot be saved.</source>
        <translation>Der Ordner der Datenbank ist schreibgeschützt; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1; it was left at version %2.</source>
        <translation>Die Datenbank konnte nicht auf Version %1 gebracht werden; sie blieb auf Version %2.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>Die Datenbank wird von einem anderen Programm verwendet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database is read-only, so the change was not saved.</source>
        <translation>Die Datenbank ist schreibgeschützt; die Änderung wurde deshalb nicht gespeichert.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was written to it; restore it from a backup.</source>
        <translation>Die Datenbankdatei ist beschädigt. Es wurde nichts hineingeschrieben; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and save again.</source>
        <translation>Der Datenträger ist voll; die Änderung wurde deshalb nicht gespeichert. Schaffen Sie Platz und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (input/output error).</source>
        <translation>Die Datenbankdatei konnte nicht gelesen oder geschrieben werden (Ein-/Ausgabefehler).</translation>
    </message>
    <message>
        <source>That name is already taken.</source>
        <translation>Dieser Name ist schon vergeben.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the article and was not saved.</source>
        <translation>Die Änderung verstößt gegen eine Regel des Artikels und wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The database could not carry out the change.</source>
        <translation>Die Datenbank konnte die Änderung nicht ausführen.</translation>
    </message>
    <message>
        <source>Another story already has the web address “%1”. Choose another slug.</source>
        <translation>Ein anderer Artikel hat schon die Webadresse „%1“. Wählen Sie ein anderes URL-Kürzel.</translation>
    </message>
    <message>
        <source>The headline is longer than %1 characters.</source>
        <translation>Die Schlagzeile ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The story was deleted, so it could not be saved.</source>
        <translation>Der Artikel wurde gelöscht und konnte deshalb nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>Den Artikel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>Ein Autor braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already an author called “%1”.</source>
        <translation>Es gibt schon einen Autor namens „%1“.</translation>
    </message>
    <message>
        <source>The author no longer exists.</source>
        <translation>Den Autor gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A dictionary word needs a language and a word.</source>
        <translation>Ein Wörterbucheintrag braucht eine Sprache und ein Wort.</translation>
    </message>
    <message>
        <source>The image is no longer stored with the article.</source>
        <translation>Das Bild ist nicht mehr mit dem Artikel gespeichert.</translation>
    </message>
    <message>
        <source>That revision no longer exists.</source>
        <translation>Diese Version gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A section needs a name.</source>
        <translation>Ein Ressort braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a section called “%1”.</source>
        <translation>Es gibt schon ein Ressort namens „%1“.</translation>
    </message>
    <message>
        <source>There is no section called “%1”.</source>
        <translation>Es gibt kein Ressort namens „%1“.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is the same tag as the existing “%2”; use that one instead.</source>
        <translation>„%1“ ist dasselbe Schlagwort wie das vorhandene „%2“; verwenden Sie jenes.</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>Das Schlagwort gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is already a tag called “%1” (or with the same web address).</source>
        <translation>Es gibt schon ein Schlagwort namens „%1“ (oder mit derselben Webadresse).</translation>
    </message>
    <message>
        <source>There is no tag called “%1”.</source>
        <translation>Es gibt kein Schlagwort namens „%1“.</translation>
    </message>
    <message>
        <source>Another tag already has the web address “%1”.</source>
        <translation>Ein anderes Schlagwort hat schon die Webadresse „%1“.</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge.</source>
        <translation>Wählen Sie mindestens ein weiteres Schlagwort zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Restored from the revision of %1</source>
        <translation>Aus der Version vom %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Edited on the site</source>
        <translation>Auf der Website bearbeitet</translation>
    </message>
    <message>
        <source>A publishing target needs a name.</source>
        <translation>Ein Veröffentlichungsziel braucht einen Namen.</translation>
    </message>
    <message>
        <source>A target&apos;s name cannot start or end with spaces.</source>
        <translation>Der Name eines Ziels darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A target&apos;s name cannot contain control characters.</source>
        <translation>Der Name eines Ziels darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not a complete web address; write it like https://example.com/.</source>
        <translation>„%1“ ist keine vollständige Webadresse; schreiben Sie sie wie https://example.com/.</translation>
    </message>
    <message>
        <source>The address must start with https://: plain http:// would send the password unencrypted. (http:// is allowed only for this computer, e.g. http://127.0.0.1.)</source>
        <translation>Die Adresse muss mit https:// beginnen: Einfaches http:// würde das Passwort unverschlüsselt senden. (http:// ist nur für diesen Computer erlaubt, z. B. http://127.0.0.1.)</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the address; the password goes to the keychain.</source>
        <translation>Schreiben Sie den Benutzernamen in sein eigenes Feld, nicht in die Adresse; das Passwort kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>A WordPress target needs the user name the application password belongs to.</source>
        <translation>Ein WordPress-Ziel braucht den Benutzernamen, zu dem das Anwendungspasswort gehört.</translation>
    </message>
    <message>
        <source>There is already a publishing target called “%1”.</source>
        <translation>Es gibt schon ein Veröffentlichungsziel namens „%1“.</translation>
    </message>
    <message>
        <source>That publishing target no longer exists.</source>
        <translation>Dieses Veröffentlichungsziel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is no publishing target called “%1”.</source>
        <translation>Es gibt kein Veröffentlichungsziel namens „%1“.</translation>
    </message>
    <message>
        <source>The target did not say where it stored the story.</source>
        <translation>Das Ziel hat nicht mitgeteilt, wo es den Artikel gespeichert hat.</translation>
    </message>
    <message>
        <source>That publishing job no longer exists.</source>
        <translation>Diesen Veröffentlichungsauftrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The story or the publishing target no longer exists.</source>
        <translation>Den Artikel oder das Veröffentlichungsziel gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Eine gespeicherte Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a view called “%1”.</source>
        <translation>Es gibt schon eine Ansicht namens „%1“.</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Meine Entwürfe</translation>
    </message>
    <message>
        <source>Scheduled today</source>
        <translation>Heute geplant</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redakteur</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Journalist</translation>
    </message>
    <message>
        <source>There is no one called “%1” on this desk.</source>
        <translation>In dieser Redaktion gibt es niemanden namens „%1“.</translation>
    </message>
    <message>
        <source>A person needs a login name.</source>
        <translation>Eine Person braucht einen Anmeldenamen.</translation>
    </message>
    <message>
        <source>Your name cannot be empty.</source>
        <translation>Ihr Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Only an editor may change someone’s role.</source>
        <translation>Nur ein Redakteur darf die Rolle einer Person ändern.</translation>
    </message>
    <message>
        <source>The desk needs at least one editor; make someone else an editor first.</source>
        <translation>Die Redaktion braucht mindestens einen Redakteur; machen Sie zuerst eine andere Person zum Redakteur.</translation>
    </message>
</context>
<context>
    <name>StoryFilterBar</name>
    <message numerus="yes">
        <source>%Ln story(ies)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Beliebiges Schlagwort</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Updated today</source>
        <translation>Heute aktualisiert</translation>
    </message>
    <message>
        <source>Updated in the last 7 days</source>
        <translation>In den letzten 7 Tagen aktualisiert</translation>
    </message>
    <message>
        <source>Updated in the last 30 days</source>
        <translation>In den letzten 30 Tagen aktualisiert</translation>
    </message>
    <message>
        <source>Updated between…</source>
        <translation>Aktualisiert zwischen…</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>Aktualisiert ab</translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation>Aktualisiert bis</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Keep these words and filters as a named view</source>
        <translation>Diese Suchwörter und Filter als benannte Ansicht behalten</translation>
    </message>
    <message>
        <source>Name of the view, then Return</source>
        <translation>Name der Ansicht, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation>Name der Ansicht</translation>
    </message>
    <message>
        <source>Any section</source>
        <translation>Beliebiges Ressort</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Beliebiger Autor</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>StoryListModel</name>
    <message>
        <source>(no headline)</source>
        <translation>(keine Schlagzeile)</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>The parts of a story&apos;s tooltip in the story list: status, section, update time</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
</context>
<context>
    <name>TagChipField</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>TagManagerController</name>
    <message>
        <source>The tags were not changed.</source>
        <translation>Die Schlagwörter wurden nicht geändert.</translation>
    </message>
    <message>
        <source>The tags could not be put back.</source>
        <translation>Die Schlagwörter konnten nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Name des neuen Schlagworts:</translation>
    </message>
    <message>
        <source>The tag “%1” already exists; use it instead.</source>
        <translation>Das Schlagwort „%1“ gibt es schon; verwenden Sie es.</translation>
    </message>
    <message>
        <source>The tag could not be created.</source>
        <translation>Das Schlagwort konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The tag could not be read.</source>
        <translation>Das Schlagwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Describe Tag</source>
        <translation>Schlagwort beschreiben</translation>
    </message>
    <message>
        <source>What “%1” covers, for the desk (not published):</source>
        <translation>Was „%1“ abdeckt, für die Redaktion (wird nicht veröffentlicht):</translation>
    </message>
    <message>
        <source>Describe “%1”</source>
        <translation>„%1“ beschreiben</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n tag(s) into “%1”? %2 stories will carry “%1” instead.</source>
        <translation>
            <numerusform>%n Schlagwort in „%1“ zusammenführen? %2 Artikel tragen dann stattdessen „%1“.</numerusform>
            <numerusform>%n Schlagwörter in „%1“ zusammenführen? %2 Artikel tragen dann stattdessen „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into “%1”</source>
        <translation>In „%1“ zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Change the kind of %n tag(s)</source>
        <translation>
            <numerusform>Art von %n Schlagwort ändern</numerusform>
            <numerusform>Art von %n Schlagwörtern ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>Schlagwörter löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)? They will be taken off %1 stories.</source>
        <translation>
            <numerusform>%n Schlagwort löschen? Es wird von %1 Artikeln entfernt.</numerusform>
            <numerusform>%n Schlagwörter löschen? Sie werden von %1 Artikeln entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)</source>
        <translation>
            <numerusform>%n Schlagwort löschen</numerusform>
            <numerusform>%n Schlagwörter löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
</context>
<context>
    <name>TagManagerDock</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Neues Schlagwort…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;scribe…</source>
        <translation>&amp;Beschreiben…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>&amp;Art ändern</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Schlagwörter filtern</translation>
    </message>
</context>
<context>
    <name>TagSuggestionBar</name>
    <message>
        <source>Suggested:</source>
        <translation>Vorgeschlagen:</translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation>Vorgeschlagene Schlagwörter</translation>
    </message>
    <message>
        <source>Add the tag %1</source>
        <translation>Das Schlagwort %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>Schlagwort %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>An older near-duplicate of another tag: merge it into that one.</source>
        <translation>Ein älteres Beinahe-Duplikat eines anderen Schlagworts: in jenes zusammenführen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>TagsCommand</name>
    <message>
        <source>Usage: copydesk tags list [--json] [--database PATH]
       copydesk tags rename OLD NEW [--database PATH]
       copydesk tags merge FROM... INTO [--database PATH]

Lists, renames and merges the desk&apos;s tags. Names match regardless of case, spaces
and punctuation (&quot;open ai&quot; is &quot;OpenAI&quot;). Every story follows a rename or merge.

  list             slug, kind, number of stories and name, separated by tabs
  rename OLD NEW   gives the tag OLD the name NEW
  merge FROM INTO  moves the stories of each FROM tag to INTO and deletes FROM

Options:
  --json           (list) print a JSON array of objects with name, slug, kind,
                   description, count and lastUsed (ISO 8601, UTC, or null)
  --database PATH  use the database at PATH
</source>
        <translation>Aufruf: copydesk tags list [--json] [--database PFAD]
       copydesk tags rename ALT NEU [--database PFAD]
       copydesk tags merge VON... IN [--database PFAD]

Listet, benennt um und führt die Schlagwörter der Redaktion zusammen. Namen gelten
unabhängig von Groß-/Kleinschreibung, Leerzeichen und Satzzeichen als gleich
(„open ai“ ist „OpenAI“). Jeder Artikel folgt einer Umbenennung oder Zusammenführung.

  list             URL-Kürzel, Art, Zahl der Artikel und Name, durch Tabulatoren getrennt
  rename ALT NEU   gibt dem Schlagwort ALT den Namen NEU
  merge VON IN     verschiebt die Artikel jedes Schlagworts VON nach IN und löscht VON

Optionen:
  --json           (list) ein JSON-Array von Objekten mit name, slug, kind,
                   description, count und lastUsed (ISO 8601, UTC, oder null) ausgeben
  --database PFAD  die Datenbank unter PFAD verwenden
</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (Befehlszeile)</translation>
    </message>
    <message>
        <source>tags %1: there is no tag called &apos;%2&apos;</source>
        <translation>tags %1: Es gibt kein Schlagwort namens „%2“</translation>
    </message>
    <message>
        <source>Renamed &apos;%1&apos; to &apos;%2&apos;; stories changed: %3.</source>
        <translation>„%1“ in „%2“ umbenannt; geänderte Artikel: %3.</translation>
    </message>
    <message>
        <source>Merged into &apos;%1&apos;; stories changed: %2.</source>
        <translation>In „%1“ zusammengeführt; geänderte Artikel: %2.</translation>
    </message>
    <message>
        <source>tags: unknown option &apos;%1&apos;</source>
        <translation>tags: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>tags: say what to do: list, rename or merge</source>
        <translation>tags: Sagen Sie, was zu tun ist: list, rename oder merge</translation>
    </message>
    <message>
        <source>tags: unknown action &apos;%1&apos; (use list, rename or merge)</source>
        <translation>tags: unbekannte Aktion „%1“ (list, rename oder merge verwenden)</translation>
    </message>
    <message>
        <source>tags list: unexpected argument &apos;%1&apos;</source>
        <translation>tags list: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>tags rename: name the tag and its new name: tags rename OLD NEW</source>
        <translation>tags rename: Nennen Sie das Schlagwort und seinen neuen Namen: tags rename ALT NEU</translation>
    </message>
    <message>
        <source>tags merge: name at least one tag and the tag to merge it into</source>
        <translation>tags merge: Nennen Sie mindestens ein Schlagwort und das Schlagwort, in das es zusammengeführt wird</translation>
    </message>
    <message>
        <source>tags %1: --json only goes with list</source>
        <translation>tags %1: --json gibt es nur mit list</translation>
    </message>
</context>
<context>
    <name>TargetsCommand</name>
    <message>
        <source>Usage: copydesk targets add NAME --kind wordpress|ninjs --url URL [--user USER] [--database PATH]
       copydesk targets list [--json] [--database PATH]
       copydesk targets remove NAME [--database PATH]

Configures where stories are published. The password (WordPress application password)
or token (ninjs bearer token) is read from standard input and kept only in the system
keychain, never in the database; without a keychain nothing is stored.

Options:
  --kind KIND      wordpress or ninjs
  --url URL        the site (WordPress) or the endpoint (ninjs); https:// only,
                   except http:// on this computer (127.0.0.1, localhost)
  --user USER      the WordPress user the application password belongs to
  --json           (list) a JSON array of objects with name, kind, url, user, created
  --database PATH  use the database at PATH
</source>
        <translation>Aufruf: copydesk targets add NAME --kind wordpress|ninjs --url URL [--user BENUTZER] [--database PFAD]
       copydesk targets list [--json] [--database PFAD]
       copydesk targets remove NAME [--database PFAD]

Richtet ein, wohin Artikel veröffentlicht werden. Das Passwort (WordPress-Anwendungspasswort)
oder Token (ninjs-Bearer-Token) wird von der Standardeingabe gelesen und nur im
Schlüsselbund des Systems aufbewahrt, nie in der Datenbank; ohne Schlüsselbund wird nichts
gespeichert.

Optionen:
  --kind ART       wordpress oder ninjs
  --url URL        die Website (WordPress) oder der Endpunkt (ninjs); nur https://,
                   außer http:// auf diesem Computer (127.0.0.1, localhost)
  --user BENUTZER  der WordPress-Benutzer, zu dem das Anwendungspasswort gehört
  --json           (list) ein JSON-Array von Objekten mit name, kind, url, user, created
  --database PFAD  die Datenbank unter PFAD verwenden
</translation>
    </message>
    <message>
        <source>Password or token for &apos;%1&apos;: </source>
        <translation>Passwort oder Token für „%1“: </translation>
    </message>
    <message>
        <source>targets add: say what kind of target it is: --kind wordpress or --kind ninjs</source>
        <translation>targets add: Geben Sie die Art des Ziels an: --kind wordpress oder --kind ninjs</translation>
    </message>
    <message>
        <source>targets add: unknown kind &apos;%1&apos; (use wordpress or ninjs)</source>
        <translation>targets add: unbekannte Art „%1“ (wordpress oder ninjs verwenden)</translation>
    </message>
    <message>
        <source>targets add: give the address with --url https://...</source>
        <translation>targets add: Geben Sie die Adresse mit --url https://... an</translation>
    </message>
    <message>
        <source>targets add: %1</source>
        <translation>targets add: %1</translation>
    </message>
    <message>
        <source>targets add: there is already a target called &apos;%1&apos;</source>
        <translation>targets add: Es gibt schon ein Ziel namens „%1“</translation>
    </message>
    <message>
        <source>targets add: no password or token on standard input; pipe it in, e.g. secret-tool lookup ... | copydesk targets add ...</source>
        <translation>targets add: kein Passwort und kein Token auf der Standardeingabe; leiten Sie es hinein, z. B. secret-tool lookup ... | copydesk targets add ...</translation>
    </message>
    <message>
        <source>(details: %1)</source>
        <translation>(Einzelheiten: %1)</translation>
    </message>
    <message>
        <source>Added %1 target &apos;%2&apos; at %3; its secret is in the system keychain.</source>
        <translation>%1-Ziel „%2“ unter %3 hinzugefügt; sein Geheimnis liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>targets remove: there is no target called &apos;%1&apos;</source>
        <translation>targets remove: Es gibt kein Ziel namens „%1“</translation>
    </message>
    <message>
        <source>targets remove: %1 The target was kept.</source>
        <translation>targets remove: %1 Das Ziel wurde beibehalten.</translation>
    </message>
    <message>
        <source>Removed target &apos;%1&apos; and its secret.</source>
        <translation>Ziel „%1“ und sein Geheimnis entfernt.</translation>
    </message>
    <message>
        <source>targets: unknown option &apos;%1&apos;</source>
        <translation>targets: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>targets: say what to do: add, list or remove</source>
        <translation>targets: Sagen Sie, was zu tun ist: add, list oder remove</translation>
    </message>
    <message>
        <source>targets add: name the target: targets add NAME --kind ...</source>
        <translation>targets add: Nennen Sie das Ziel: targets add NAME --kind ...</translation>
    </message>
    <message>
        <source>targets add: unexpected argument &apos;%1&apos;</source>
        <translation>targets add: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>targets add: --json only goes with list</source>
        <translation>targets add: --json gibt es nur mit list</translation>
    </message>
    <message>
        <source>targets %1: --kind, --url and --user only go with add</source>
        <translation>targets %1: --kind, --url und --user gibt es nur mit add</translation>
    </message>
    <message>
        <source>targets list: unexpected argument &apos;%1&apos;</source>
        <translation>targets list: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>targets remove: name one target</source>
        <translation>targets remove: Nennen Sie ein Ziel</translation>
    </message>
    <message>
        <source>targets remove: --json only goes with list</source>
        <translation>targets remove: --json gibt es nur mit list</translation>
    </message>
    <message>
        <source>targets: unknown action &apos;%1&apos; (use add, list or remove)</source>
        <translation>targets: unbekannte Aktion „%1“ (add, list oder remove verwenden)</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Remove target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Remove the target “%1” and its password? Copydesk forgets where its stories live there, so publishing to it again creates new posts.</source>
        <translation>Das Ziel „%1“ und sein Passwort entfernen? Copydesk vergisst, wo dort seine Artikel liegen; eine erneute Veröffentlichung darauf legt neue Beiträge an.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Publishing targets</source>
        <translation>Veröffentlichungsziele</translation>
    </message>
    <message>
        <source>WordPress</source>
        <translation>WordPress</translation>
    </message>
    <message>
        <source>ninjs endpoint</source>
        <translation>ninjs-Endpunkt</translation>
    </message>
    <message>
        <source>https://example.com/</source>
        <translation>https://example.com/</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Passwort oder Token:</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>&amp;Save target</source>
        <translation>Ziel &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>WordPress application password</source>
        <translation>WordPress-Anwendungspasswort</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Unchanged; type to replace it</source>
        <translation>Unverändert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>There is already a publishing target called “%1”.</source>
        <translation>Es gibt schon ein Veröffentlichungsziel namens „%1“.</translation>
    </message>
    <message>
        <source>Enter the password or token for “%1”; it is kept in the system keychain.</source>
        <translation>Geben Sie das Passwort oder Token für „%1“ ein; es wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Das Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 The target was kept.</source>
        <translation>%1 Das Ziel wurde beibehalten.</translation>
    </message>
    <message>
        <source>Removed “%1” and its password.</source>
        <translation>„%1“ und sein Passwort entfernt.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichung</translation>
    </message>
</context>
<context>
    <name>TextStatistics</name>
    <message>
        <source> · </source>
        <extracomment>Separates the parts of the word count in the status bar.</extracomment>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln Min. Lesezeit</numerusform>
            <numerusform>%Ln Min. Lesezeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordPressEndpoint</name>
    <message>
        <source>%1 does not look like a WordPress site: it announces no REST API.</source>
        <translation>%1 sieht nicht wie eine WordPress-Website aus: Sie bietet keine REST-API an.</translation>
    </message>
    <message>
        <source>Matching the section and tags…</source>
        <translation>Ressort und Schlagwörter werden zugeordnet…</translation>
    </message>
    <message>
        <source>Looking for the post an earlier attempt may have made…</source>
        <translation>Es wird nach dem Beitrag gesucht, den ein früherer Versuch vielleicht angelegt hat…</translation>
    </message>
    <message>
        <source>The post was edited on the site since it was last published; publishing again would overwrite those changes.</source>
        <translation>Der Beitrag wurde seit der letzten Veröffentlichung auf der Website bearbeitet; eine erneute Veröffentlichung würde diese Änderungen überschreiben.</translation>
    </message>
    <message>
        <source>Creating the draft…</source>
        <translation>Der Entwurf wird angelegt…</translation>
    </message>
    <message>
        <source>The site answered the new post without an id.</source>
        <translation>Die Website hat den neuen Beitrag ohne ID beantwortet.</translation>
    </message>
    <message>
        <source>Sending the story…</source>
        <translation>Der Artikel wird gesendet…</translation>
    </message>
    <message>
        <source>The site kept the post as &apos;%1&apos; instead of publishing it.</source>
        <translation>Die Website hat den Beitrag als „%1“ behalten, statt ihn zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Taking the post off the site…</source>
        <translation>Der Beitrag wird von der Website zurückgezogen…</translation>
    </message>
    <message>
        <source>The story was not on the site.</source>
        <translation>Der Artikel war nicht auf der Website.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>caption — credit</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Uploading the hero image…</source>
        <translation>Das Aufmacherbild wird hochgeladen…</translation>
    </message>
    <message>
        <source>%1 announces its REST API on another server (%2); Copydesk does not send the credentials there. Give the REST API&apos;s address as the target&apos;s URL.</source>
        <translation>%1 gibt seine REST-API auf einem anderen Server an (%2); Copydesk sendet die Zugangsdaten nicht dorthin. Geben Sie die Adresse der REST-API als URL des Ziels an.</translation>
    </message>
    <message>
        <source>The site answered the uploaded image without an id.</source>
        <translation>Die Website hat das hochgeladene Bild ohne Kennung beantwortet.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>“%1” does not apply to a story that is “%2”.</source>
        <extracomment>%1: what was asked (&quot;Approve&quot; or &quot;Ready&quot;); %2: the story&apos;s status (&quot;Draft&quot;)</extracomment>
        <translation>„%1“ ist für einen Artikel im Status „%2“ nicht möglich.</translation>
    </message>
    <message>
        <source>Only an editor may do this (“%1”).</source>
        <translation>Nur ein Redakteur darf das tun („%1“).</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>Planung aufheben</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Say why the story goes back, so its writer knows what to change.</source>
        <translation>Sagen Sie, warum der Artikel zurückgeht, damit sein Autor weiß, was zu ändern ist.</translation>
    </message>
    <message>
        <source>Set the time to publish the story before scheduling it.</source>
        <translation>Legen Sie den Zeitpunkt der Veröffentlichung fest, bevor Sie den Artikel planen.</translation>
    </message>
</context>
<context>
    <name>WorkflowController</name>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>Hand the story to an editor for review</source>
        <translation>Den Artikel einem Redakteur zur Prüfung übergeben</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Mark the story ready to publish</source>
        <translation>Den Artikel als bereit zur Veröffentlichung markieren</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>Return the story to its writer as a draft, with a note</source>
        <translation>Den Artikel mit einer Notiz als Entwurf an seinen Autor zurückgeben</translation>
    </message>
    <message>
        <source>Send &amp;Back…</source>
        <translation>&amp;Zurückgeben…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for Review</source>
        <translation>Zur Prüfung &amp;einreichen</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Story status</source>
        <translation>Artikelstatus</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>No story is open.</source>
        <translation>Kein Artikel ist geöffnet.</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>The story could not be moved on (“%1”).</source>
        <translation>Der Status des Artikels konnte nicht geändert werden („%1“).</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>What should the writer change? The note is kept in the story’s history.</source>
        <translation>Was soll der Autor ändern? Die Notiz bleibt im Verlauf des Artikels erhalten.</translation>
    </message>
    <message>
        <source>Please say why the story goes back.</source>
        <translation>Bitte sagen Sie, warum der Artikel zurückgeht.</translation>
    </message>
</context>
</TS>
