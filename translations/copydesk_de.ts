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
        <source>the file is not valid UTF-8 text</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>the front matter that starts here has no closing &apos;---&apos; line</source>
        <translation>Dem hier beginnenden Front-Matter-Block fehlt die abschließende Zeile „---“</translation>
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
        <source>Write one story to stdout as Markdown or HTML</source>
        <translation>Einen Artikel als Markdown oder HTML auf die Standardausgabe schreiben</translation>
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
        <source>Usage: copydesk export [--format markdown|html] SLUG [--database PATH]

Writes the story with this slug to standard output.

Options:
  --format FORMAT  markdown (the default): an article file that &apos;copydesk import&apos;
                   reads back, with the hero image inside as a data: URI;
                   html: a standalone web page
  --database PATH  use the database at PATH
</source>
        <translation>Aufruf: copydesk export [--format markdown|html] KÜRZEL [--database PFAD]

Schreibt den Artikel mit diesem URL-Kürzel auf die Standardausgabe.

Optionen:
  --format FORMAT  markdown (Voreinstellung): eine Artikeldatei, die „copydesk import“
                   wieder einliest, mit dem Aufmacherbild als data:-URI darin;
                   html: eine eigenständige Webseite
  --database PFAD  die Datenbank unter PFAD verwenden
</translation>
    </message>
    <message>
        <source>export: unknown option &apos;%1&apos;</source>
        <translation>export: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (use markdown or html)</source>
        <translation>export: unbekanntes Format „%1“ (markdown oder html verwenden)</translation>
    </message>
    <message>
        <source>export: name the slug of the story to export</source>
        <translation>export: Nennen Sie das URL-Kürzel des zu exportierenden Artikels</translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos;</source>
        <translation>export: unerwartetes Argument „%1“</translation>
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
        <source>Usage: copydesk list [--status STATUS] [--json] [--database PATH]

Lists the stories, newest change first: slug, status and headline, separated by tabs.

Options:
  --status STATUS  only stories with this status (%1)
  --json           print a JSON array of objects with slug, headline, status,
                   section and updated (ISO 8601, UTC)
  --database PATH  use the database at PATH
</source>
        <translation>Aufruf: copydesk list [--status STATUS] [--json] [--database PFAD]

Listet die Artikel auf, zuletzt geänderte zuerst: URL-Kürzel, Status und Schlagzeile, durch Tabulatoren getrennt.

Optionen:
  --status STATUS  nur Artikel mit diesem Status (%1)
  --json           ein JSON-Array von Objekten mit slug, headline, status,
                   section und updated (ISO 8601, UTC) ausgeben
  --database PFAD  die Datenbank unter PFAD verwenden
</translation>
    </message>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
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
        <translation>&amp;Wiederherstellen</translation>
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
</context>
<context>
    <name>MarkdownBody</name>
    <message>
        <source>[Image not shown: the page shows only the article&apos;s own images.]</source>
        <translation>[Bild nicht angezeigt: Die Seite zeigt nur die eigenen Bilder des Artikels.]</translation>
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
</TS>
