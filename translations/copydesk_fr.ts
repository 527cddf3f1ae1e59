<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ArticleDetails</name>
    <message>
        <source>No section</source>
        <translation>Aucune rubrique</translation>
    </message>
    <message>
        <source>Change section</source>
        <translation>Changer de rubrique</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>Changer la programmation</translation>
    </message>
    <message>
        <source>Change hero image</source>
        <translation>Changer l’image principale</translation>
    </message>
    <message>
        <source>The story is published: its web address stays as it is.</source>
        <translation>L’article est publié&#xa0;: son adresse web reste inchangée.</translation>
    </message>
    <message>
        <source>Made from the headline until you edit it</source>
        <translation>Tiré du titre jusqu’à ce que vous le modifiiez</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Saisi à la main</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation>1 mot-clé</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 mots-clés</translation>
    </message>
    <message>
        <source>scheduled %1</source>
        <translation>programmé le %1</translation>
    </message>
    <message>
        <source>hero image</source>
        <translation>image principale</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Rubrique %1</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Add an author…</source>
        <translation>Ajouter un auteur…</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug (identifiant d’URL)</translation>
    </message>
    <message>
        <source>Made from the headline</source>
        <translation>Tiré du titre</translation>
    </message>
    <message>
        <source>Make the slug from the headline again</source>
        <translation>Tirer à nouveau le slug du titre</translation>
    </message>
    <message>
        <source>Sche&amp;dule:</source>
        <translation>&amp;Programmer&#xa0;:</translation>
    </message>
    <message>
        <source>Publish at a set time (embargo)</source>
        <translation>Publier à une heure donnée (embargo)</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Heure programmée</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Ajouter un mot-clé…</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>First reported by …</source>
        <translation>Révélé par …</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
    <message>
        <source>Not a web address (http or https)</source>
        <translation>Pas une adresse web (http ou https)</translation>
    </message>
    <message>
        <source>Editorial notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>For the desk only; never published</source>
        <translation>Pour la rédaction seulement&#xa0;; jamais publié</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>Ru&amp;brique&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ateline:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;yline:</source>
        <translation>&amp;Signature&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>Slu&amp;g&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>Attributi&amp;on:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>&amp;URL de la source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Hero &amp;image:</source>
        <translation>Image princip&amp;ale&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (archivée)</translation>
    </message>
</context>
<context>
    <name>ArticleDiff</name>
    <message>
        <source>(deleted #%1)</source>
        <translation>(élément supprimé #%1)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of a list in a diff: authors, tags</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Hero image alt text</source>
        <translation>Texte alternatif de l’image principale</translation>
    </message>
    <message>
        <source>Hero image caption</source>
        <translation>Légende de l’image principale</translation>
    </message>
    <message>
        <source>Hero image credit</source>
        <translation>Crédit de l’image principale</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ArticleFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not a list or a mapping</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte, pas une liste ni un dictionnaire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de noms</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names, each one plain text</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de noms, chacun en texte simple</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with a time-zone offset, such as 2024-05-01T09:30:00+02:00: &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure avec décalage horaire, comme 2024-05-01T09:30:00+02:00&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the file has no front matter: all of it became the body</source>
        <translation>le fichier n’a pas d’en-tête (front matter)&#xa0;: tout son contenu est devenu le corps</translation>
    </message>
    <message>
        <source>the file has no front matter: its first heading became the headline</source>
        <translation>le fichier n’a pas d’en-tête (front matter)&#xa0;: son premier intertitre est devenu le titre</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (%1)</source>
        <translation>l’en-tête (front matter) n’est pas du YAML valide (%1)</translation>
    </message>
    <message>
        <source>the front matter must be &apos;key: value&apos; lines</source>
        <translation>l’en-tête (front matter) doit être fait de lignes «&#xa0;clé: valeur&#xa0;»</translation>
    </message>
    <message>
        <source>a front-matter key must be a single word, not a list or a mapping</source>
        <translation>une clé de l’en-tête doit être un seul mot, pas une liste ni un dictionnaire</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation>la clé «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>the front matter could not be read in order</source>
        <translation>l’en-tête (front matter) n’a pas pu être lu dans l’ordre</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use one of: %2)</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;» (utilisez l’un de&#xa0;: %2)</translation>
    </message>
    <message>
        <source>line %1: unknown key &apos;%2&apos; kept</source>
        <translation>ligne %1&#xa0;: clé inconnue «&#xa0;%2&#xa0;» conservée</translation>
    </message>
    <message>
        <source>the front matter that starts here has no closing &apos;---&apos; line</source>
        <translation>l’en-tête (front matter) qui commence ici n’a pas de ligne «&#xa0;---&#xa0;» de fermeture</translation>
    </message>
    <message>
        <source>&apos;dek_waived&apos; must be true or false, not &apos;%1&apos;</source>
        <translation>«&#xa0;dek_waived&#xa0;» doit valoir true ou false, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>line(s) %1: bytes that are not UTF-8 text were replaced with �</source>
        <translation>ligne(s) %1&#xa0;: des octets qui ne sont pas du texte UTF-8 ont été remplacés par �</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation>Ce qui s’est passé, en une ligne</translation>
    </message>
    <message>
        <source>Headline length</source>
        <translation>Longueur du titre</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>One or two sentences under the headline</source>
        <translation>Une ou deux phrases sous le titre</translation>
    </message>
    <message>
        <source>Dek length</source>
        <translation>Longueur du chapô</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>The story, in Markdown</source>
        <translation>L’article, en Markdown</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;k:</source>
        <translation>&amp;Chapô&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Co&amp;rps&#xa0;:</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 characters, %2 over the limit of %3</source>
        <translation>%1 caractères, %2 de plus que la limite de %3</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
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
        <translation>Par %1</translation>
    </message>
    <message>
        <source>First reported by %1.</source>
        <translation>Révélé par %1.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the hero_image data: URI has no &apos;,&apos; before its data</source>
        <translation>l’URI data: de hero_image n’a pas de «&#xa0;,&#xa0;» avant ses données</translation>
    </message>
    <message>
        <source>the hero_image data: URI is not valid base64</source>
        <translation>l’URI data: de hero_image n’est pas du base64 valide</translation>
    </message>
    <message>
        <source>the hero_image data: URI</source>
        <translation>l’URI data: de hero_image</translation>
    </message>
    <message>
        <source>cannot read the hero image %1: %2</source>
        <translation>impossible de lire l’image principale %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the hero image %1 is not an image that Copydesk can read</source>
        <translation>l’image principale %1 n’est pas une image que Copydesk sait lire</translation>
    </message>
    <message>
        <source>new section &apos;%1&apos; created</source>
        <translation>nouvelle rubrique «&#xa0;%1&#xa0;» créée</translation>
    </message>
    <message>
        <source>new tag &apos;%1&apos; created</source>
        <translation>nouveau mot-clé «&#xa0;%1&#xa0;» créé</translation>
    </message>
    <message>
        <source>no headline: the file name became the headline</source>
        <translation>pas de titre&#xa0;: le nom du fichier est devenu le titre</translation>
    </message>
    <message>
        <source>another story already has the slug &apos;%1&apos; (remove the slug line or change it to import this file as a new story)</source>
        <translation>un autre article a déjà le slug «&#xa0;%1&#xa0;» (supprimez ou modifiez la ligne slug pour importer ce fichier comme nouvel article)</translation>
    </message>
    <message>
        <source>the slug &apos;%1&apos; became &apos;%2&apos;</source>
        <translation>le slug «&#xa0;%1&#xa0;» est devenu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>there is no story with the slug &apos;%1&apos;</source>
        <translation>il n’y a pas d’article avec le slug «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>hero_alt, hero_caption and hero_credit were left out: there is no hero_image</source>
        <translation>hero_alt, hero_caption et hero_credit ont été ignorés&#xa0;: il n’y a pas de hero_image</translation>
    </message>
    <message>
        <source>%1; Copydesk imports article files of up to %2 MB and %3 lines</source>
        <translation>%1&#xa0;; Copydesk importe des fichiers d’article de %2 Mo et %3 lignes au maximum</translation>
    </message>
    <message>
        <source>the file is %1 MB</source>
        <translation>le fichier fait %1 Mo</translation>
    </message>
    <message>
        <source>the file has %1 lines</source>
        <translation>le fichier compte %1 lignes</translation>
    </message>
</context>
<context>
    <name>AuthorsPage</name>
    <message>
        <source>&amp;Add Author</source>
        <translation>&amp;Ajouter un auteur</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>One-line bio</source>
        <translation>Bio en une ligne</translation>
    </message>
    <message>
        <source>The authors could not be read.</source>
        <translation>Les auteurs n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The authors were not saved.</source>
        <translation>Les auteurs n’ont pas été enregistrés.</translation>
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
        <translation>Usage&#xa0;: copydesk check SLUG [--json] [--database CHEMIN]

Passe la liste de contrôle avant publication sur l’article qui a ce slug&#xa0;: titre,
rubrique, signature, mots-clés, chapô, texte alternatif de chaque image, liens, heure
programmée. Chaque ligne indique «&#xa0;fail&#xa0;» (bloque la publication), «&#xa0;warn&#xa0;» (peut être
passé outre) ou «&#xa0;ok&#xa0;». Le code de sortie ne vaut 0 que si rien n’échoue.

Options&#xa0;:
  --json             un objet JSON&#xa0;: slug, blocked et items (check, severity, title,
                     message, line)
  --database CHEMIN  utiliser la base de données CHEMIN
</translation>
    </message>
    <message>
        <source>check: unknown option &apos;%1&apos;</source>
        <translation>check&#xa0;: option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>check: name the slug of the story to check</source>
        <translation>check&#xa0;: indiquez le slug de l’article à vérifier</translation>
    </message>
    <message>
        <source>check: unexpected argument &apos;%1&apos;</source>
        <translation>check&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>check: there is no story with the slug &apos;%1&apos;</source>
        <translation>check&#xa0;: il n’y a pas d’article avec le slug «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not ready to publish. Problems to fix: %1.</source>
        <translation>Pas prêt à publier. Problèmes à corriger&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ready to publish once the warnings above have been seen. Warnings: %1.</source>
        <translation>Prêt à publier une fois les avertissements ci-dessus examinés. Avertissements&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <translation>Prêt à publier.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Must fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Before publishing</source>
        <translation>Avant publication</translation>
    </message>
    <message>
        <source>This story cannot be published yet. Fix the items marked “Must fix”; double-click one to go there.</source>
        <translation>Cet article ne peut pas encore être publié. Corrigez les points marqués «&#xa0;À corriger&#xa0;»&#xa0;; double-cliquez sur l’un d’eux pour y aller.</translation>
    </message>
    <message>
        <source>Nothing blocks publishing, but check the warnings below first.</source>
        <translation>Rien n’empêche la publication, mais vérifiez d’abord les avertissements ci-dessous.</translation>
    </message>
    <message>
        <source>Everything is ready to publish.</source>
        <translation>Tout est prêt pour la publication.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>Publish &amp;anyway</source>
        <translation>Publier &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
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
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Aucun choix</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>copydesk: %1</source>
        <translation>copydesk&#xa0;: %1</translation>
    </message>
    <message>
        <source>(details: %1)</source>
        <translation>(détails&#xa0;: %1)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Try &apos;copydesk --help&apos;.</source>
        <translation>Essayez «&#xa0;copydesk --help&#xa0;».</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>List the stories, newest change first</source>
        <translation>Lister les articles, le dernier modifié en premier</translation>
    </message>
    <message>
        <source>Import article files and print their slugs</source>
        <translation>Importer des fichiers d’article et afficher leurs slugs</translation>
    </message>
    <message>
        <source>List, rename and merge tags</source>
        <translation>Lister, renommer et fusionner les mots-clés</translation>
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
        <translation>Usage&#xa0;: copydesk [--database CHEMIN] [FICHIER.md]
        copydesk [--database CHEMIN] COMMANDE [OPTIONS]

Copydesk est un éditeur de rédaction. Sans commande, il ouvre sa fenêtre.

Options&#xa0;:
  --database CHEMIN  utiliser la base de données CHEMIN au lieu de celle par défaut
                     (%1)
  --version          afficher la version et quitter
  -h, --help         afficher cette aide et quitter

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &apos;copydesk COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Lancez «&#xa0;copydesk COMMANDE --help&#xa0;» pour les options d’une commande.
</translation>
    </message>
    <message>
        <source>Write one story to stdout as Markdown, HTML or ninjs</source>
        <translation>Écrire un article sur la sortie standard en Markdown, HTML ou ninjs</translation>
    </message>
    <message>
        <source>Run the pre-publish checklist on a story</source>
        <translation>Vérifier un article avec la liste de contrôle avant publication</translation>
    </message>
    <message>
        <source>Add, list and remove publishing targets</source>
        <translation>Ajouter, lister et retirer des destinations de publication</translation>
    </message>
    <message>
        <source>Publish a story to a target (after the checklist)</source>
        <translation>Publier un article vers une destination (après la liste de contrôle)</translation>
    </message>
    <message>
        <source>Take a story off a target</source>
        <translation>Retirer un article d’une destination</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain holds no password or token for “%1”. Enter it again in the target&apos;s settings.</source>
        <translation>Le trousseau ne contient aucun mot de passe ni jeton pour «&#xa0;%1&#xa0;». Saisissez-le à nouveau dans les paramètres de la destination.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and try again.</source>
        <translation>Le trousseau a refusé l’accès. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not delete the password of “%1”.</source>
        <translation>Le trousseau n’a pas pu supprimer le mot de passe de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No keychain is available. Copydesk keeps publishing passwords and tokens only in the system keychain (GNOME Keyring, KWallet or another Secret Service), and none answered. Start or unlock it and try again; until then nothing is stored and publishing to this target is off.</source>
        <translation>Aucun trousseau n’est disponible. Copydesk ne conserve les mots de passe et jetons de publication que dans le trousseau du système (GNOME Keyring, KWallet ou un autre service Secret Service), et aucun n’a répondu. Démarrez-le ou déverrouillez-le, puis réessayez&#xa0;; d’ici là, rien n’est enregistré et la publication vers cette destination est désactivée.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Version plus récente</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Version plus ancienne</translation>
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
            <numerusform>Trop de modifications pour toutes les afficher&#xa0;: %n autre n’est pas affichée.</numerusform>
            <numerusform>Trop de modifications pour toutes les afficher&#xa0;: %n autres ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <extracomment>Lists the fields a diff did not change; %1 is &quot;Section, Dek, …&quot;</extracomment>
        <translation>Sans changement&#xa0;: %1</translation>
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
        <translation>Ce fichier ne peut pas servir d’image principale.</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Rien n’a été collé.</translation>
    </message>
    <message>
        <source>The word was added for now, but could not be kept for next time.</source>
        <translation>Le mot a été ajouté pour l’instant, mais n’a pas pu être gardé pour la prochaine fois.</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nouveau mot-clé</translation>
    </message>
    <message>
        <source>The desk already has “%1”. Use it instead of “%2”?</source>
        <translation>La rédaction a déjà «&#xa0;%1&#xa0;». L’utiliser à la place de «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>There is no tag “%1” yet. Create it for every story to use?</source>
        <translation>Il n’y a pas encore de mot-clé «&#xa0;%1&#xa0;». Le créer pour tous les articles&#xa0;?</translation>
    </message>
    <message>
        <source>The tag could not be created.</source>
        <translation>Le mot-clé n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Choose the Hero Image</source>
        <translation>Choisir l’image principale</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>That file cannot be inserted.</source>
        <translation>Ce fichier ne peut pas être inséré.</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it:</source>
        <translation>Décrivez l’image pour les lecteurs qui ne peuvent pas la voir&#xa0;:</translation>
    </message>
    <message>
        <source>The image could not be stored with the story.</source>
        <translation>L’image n’a pas pu être enregistrée avec l’article.</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>L’image n’a pas pu être lue.</translation>
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
        <translation>export&#xa0;: option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>export: name the slug of the story to export</source>
        <translation>export&#xa0;: indiquez le slug de l’article à exporter</translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos;</source>
        <translation>export&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
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
        <translation>Usage&#xa0;: copydesk export [--format markdown|html|ninjs] SLUG [--database CHEMIN]

Écrit l’article qui a ce slug sur la sortie standard.

Options&#xa0;:
  --format FORMAT    markdown (par défaut)&#xa0;: un fichier d’article que «&#xa0;copydesk import&#xa0;»
                     relit, avec l’image principale incluse en URI data:&#xa0;;
                     html&#xa0;: une page web autonome&#xa0;;
                     ninjs&#xa0;: un document JSON IPTC ninjs 2.1, tel qu’envoyé aux destinations ninjs
  --database CHEMIN  utiliser la base de données CHEMIN
</translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (use markdown, html or ninjs)</source>
        <translation>export&#xa0;: format inconnu «&#xa0;%1&#xa0;» (utilisez markdown, html ou ninjs)</translation>
    </message>
    <message>
        <source>export: there is no story with the slug &apos;%1&apos;</source>
        <translation>export&#xa0;: il n’y a pas d’article avec le slug «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Import Article Files…</source>
        <translation>&amp;Importer des fichiers d’article…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
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
        <translation>Importer des fichiers d’article</translation>
    </message>
    <message>
        <source>Article files (*.md *.markdown);;All files (*)</source>
        <translation>Fichiers d’article (*.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Some files could not be imported; nothing of them was kept.</source>
        <translation>Certains fichiers n’ont pas pu être importés&#xa0;; rien n’en a été gardé.</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Article files (*.md)</source>
        <translation>Fichiers d’article (*.md)</translation>
    </message>
    <message>
        <source>The story could not be exported.</source>
        <translation>L’article n’a pas pu être exporté.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Le fichier n’a pas pu être écrit.</translation>
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
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Mots &amp;entiers</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Find in the body</source>
        <translation>Rechercher dans le corps</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>1 replaced</source>
        <translation>1 remplacement</translation>
    </message>
    <message>
        <source>%1 replaced</source>
        <translation>%1 remplacements</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 occurrences</translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Use a web address (https://…) or an email address.</source>
        <translation>Utilisez une adresse web (https://…) ou une adresse électronique.</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <source>Link to a web page</source>
        <translation>Lier à une page web</translation>
    </message>
    <message>
        <source>&amp;Subhead</source>
        <translation>&amp;Intertitre</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>&amp;Minor subhead</source>
        <translation>Intertitre &amp;secondaire</translation>
    </message>
    <message>
        <source>Minor subhead</source>
        <translation>Intertitre secondaire</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <source>Block quote or pull quote</source>
        <translation>Citation en bloc ou exergue</translation>
    </message>
    <message>
        <source>B&amp;ulleted list</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>I&amp;mage…</translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <source>&amp;Horizontal rule</source>
        <translation>&amp;Filet horizontal</translation>
    </message>
    <message>
        <source>Horizontal rule</source>
        <translation>Filet horizontal</translation>
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
        <translation>Le fichier est vide, ce n’est donc pas une image.</translation>
    </message>
    <message>
        <source>The image is %1; the largest a hero image can be is %2.</source>
        <translation>L’image fait %1&#xa0;; une image principale ne peut pas dépasser %2.</translation>
    </message>
    <message>
        <source>This is not an image (it looks like %1). Choose a PNG, JPEG, GIF or WebP file.</source>
        <translation>Ce n’est pas une image (cela ressemble à %1). Choisissez un fichier PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <source>%1 images cannot be shown on the site. Choose a PNG, JPEG, GIF or WebP file.</source>
        <translation>Les images %1 ne peuvent pas être affichées sur le site. Choisissez un fichier PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <source>The image cannot be read: %1.</source>
        <translation>L’image ne peut pas être lue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Hero image</source>
        <translation>Image principale</translation>
    </message>
    <message>
        <source>Click to choose an image; paste (%1) or drop one here; Delete removes it</source>
        <translation>Cliquez pour choisir une image&#xa0;; collez-en une (%1) ou déposez-la ici&#xa0;; Suppr la retire</translation>
    </message>
    <message>
        <source>Choose hero image</source>
        <translation>Choisir l’image principale</translation>
    </message>
    <message>
        <source>Paste hero image</source>
        <translation>Coller l’image principale</translation>
    </message>
    <message>
        <source>Remove hero image</source>
        <translation>Retirer l’image principale</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Required to publish</source>
        <translation>Obligatoire pour publier</translation>
    </message>
    <message>
        <source>Required: what the image shows</source>
        <translation>Obligatoire&#xa0;: ce que montre l’image</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Photographer / agency</source>
        <translation>Photographe / agence</translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation>Te&amp;xte alternatif&#xa0;:</translation>
    </message>
    <message>
        <source>Capt&amp;ion:</source>
        <translation>Lé&amp;gende&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>Cr&amp;édit&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no image to paste.</source>
        <translation>Il n’y a pas d’image à coller.</translation>
    </message>
    <message>
        <source>Only images on this computer can be used; download the image first.</source>
        <translation>Seules les images de cet ordinateur peuvent être utilisées&#xa0;; téléchargez d’abord l’image.</translation>
    </message>
    <message>
        <source>%1 is %2; the largest a hero image can be is %3.</source>
        <translation>%1 fait %2&#xa0;; une image principale ne peut pas dépasser %3.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no image on the clipboard.</source>
        <translation>Il n’y a pas d’image dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Pas d’image</translation>
    </message>
    <message>
        <source>The story cannot be published until the image has alt text.</source>
        <translation>L’article ne peut pas être publié tant que l’image n’a pas de texte alternatif.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show the story&apos;s revisions, what changed between them, and restore one</source>
        <translation>Afficher les versions de l’article, ce qui a changé entre elles, et en restaurer une</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L’historique n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>Restaurer la version</translation>
    </message>
    <message>
        <source>The revision could not be restored.</source>
        <translation>La version n’a pas pu être restaurée.</translation>
    </message>
    <message>
        <source>Revision restored; the text before it is kept in the history.</source>
        <translation>Version restaurée&#xa0;; le texte précédent est conservé dans l’historique.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A status change in the history: &quot;Draft → In review&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Restored from a revision since deleted</source>
        <translation>Restauré à partir d’une version supprimée depuis</translation>
    </message>
    <message>
        <source>Restored from the revision of %1</source>
        <translation>Restauré à partir de la version du %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Side by si&amp;de</source>
        <translation>Cô&amp;te à côte</translation>
    </message>
    <message>
        <source>Show change &amp;marks</source>
        <translation>Afficher les &amp;marques de modification</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Write [-deleted-] and {+inserted+} around changes, for screen readers and print</source>
        <translation>Écrire [-supprimé-] et {+inséré+} autour des modifications, pour les lecteurs d’écran et l’impression</translation>
    </message>
    <message>
        <source>Make this revision&apos;s words the story&apos;s text again; the current text stays in the history</source>
        <translation>Reprendre le texte de cette version pour l’article&#xa0;; le texte actuel reste dans l’historique</translation>
    </message>
    <message>
        <source>No story is open.</source>
        <translation>Aucun article n’est ouvert.</translation>
    </message>
    <message>
        <source>Choose a revision to see what changed since, or two (with Ctrl) to compare them.</source>
        <translation>Choisissez une version pour voir ce qui a changé depuis, ou deux (avec Ctrl) pour les comparer.</translation>
    </message>
    <message>
        <source>Changes from the revision of %1 to the text in the editor</source>
        <translation>Modifications entre la version du %1 et le texte de l’éditeur</translation>
    </message>
    <message>
        <source>Changes from the revision of %1 to the revision of %2</source>
        <translation>Modifications entre la version du %1 et la version du %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>The revisions could not be read.</source>
        <translation>Les versions n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Publishing attempts</source>
        <translation>Tentatives de publication</translation>
    </message>
    <message>
        <source>P&amp;ublishing attempts</source>
        <translation>T&amp;entatives de publication</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 refused the connection; the site may be down.</source>
        <translation>%1 a refusé la connexion&#xa0;; le site est peut-être hors service.</translation>
    </message>
    <message>
        <source>The server %1 was not found; check the target&apos;s address.</source>
        <translation>Le serveur %1 est introuvable&#xa0;; vérifiez l’adresse de la destination.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted (expired, self-signed or made for another name). Nothing was sent.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: son certificat n’est pas reconnu comme fiable (expiré, auto-signé ou établi pour un autre nom). Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>%1 redirected the request somewhere Copydesk will not follow.</source>
        <translation>%1 a redirigé la requête vers une adresse où Copydesk ne la suivra pas.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>La connexion à %1 a échoué.</translation>
    </message>
    <message>
        <source>The site answered: %1 (HTTP %2)</source>
        <translation>Le site a répondu&#xa0;: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>The site refused the credentials (HTTP %1); check the user and its password.</source>
        <translation>Le site a refusé les identifiants de connexion (HTTP %1)&#xa0;; vérifiez l’utilisateur et son mot de passe.</translation>
    </message>
    <message>
        <source>The site has no such address (HTTP 404); check the target&apos;s URL.</source>
        <translation>Cette adresse n’existe pas sur le site (HTTP 404)&#xa0;; vérifiez l’URL de la destination.</translation>
    </message>
    <message>
        <source>The site asks us to slow down (HTTP 429); it will be tried again later.</source>
        <translation>Le site demande de ralentir (HTTP 429)&#xa0;; un nouvel essai aura lieu plus tard.</translation>
    </message>
    <message>
        <source>The site had an internal problem (HTTP %1 %2); it will be tried again later.</source>
        <translation>Le site a rencontré un problème interne (HTTP %1 %2)&#xa0;; un nouvel essai aura lieu plus tard.</translation>
    </message>
    <message>
        <source>The site answered HTTP %1 %2.</source>
        <translation>Le site a répondu HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The site redirected to another server (%1); Copydesk does not send the credentials there. Check the target&apos;s URL.</source>
        <translation>Le site a redirigé vers un autre serveur (%1)&#xa0;; Copydesk n’y envoie pas les identifiants de connexion. Vérifiez l’URL de la destination.</translation>
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
        <translation>Usage&#xa0;: copydesk import FICHIER... [--database CHEMIN]

Importe des fichiers d’article (Markdown avec un en-tête front matter) et affiche
le slug de chaque article, un par ligne. Un fichier déjà importé ne l’est pas une
seconde fois&#xa0;: le slug de son article est affiché et stderr indique qu’il a été
rouvert. Les avertissements (clés inconnues conservées, nouvelles rubriques ou nouveaux
mots-clés) vont sur stderr. Chaque fichier est importé entièrement ou pas du tout.

Options&#xa0;:
  --database CHEMIN  utiliser la base de données CHEMIN
</translation>
    </message>
    <message>
        <source>import: unknown option &apos;%1&apos;</source>
        <translation>import&#xa0;: option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>import: name at least one file to import</source>
        <translation>import&#xa0;: indiquez au moins un fichier à importer</translation>
    </message>
    <message>
        <source>copydesk: %1: %2</source>
        <translation>copydesk&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>copydesk: %1 was imported before; not imported again (story &apos;%2&apos;)</source>
        <translation>copydesk&#xa0;: %1 a déjà été importé&#xa0;; pas de nouvel import (article «&#xa0;%2&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Menus, dialogs and messages use this language from the next start. How the preview shows dates is set by the publication&apos;s locale.</source>
        <translation>Les menus, boîtes de dialogue et messages utilisent cette langue dès le prochain démarrage. La façon dont l’aperçu affiche les dates dépend de la langue de la publication.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list: unknown option &apos;%1&apos;</source>
        <translation>list&#xa0;: option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>list: unexpected argument &apos;%1&apos;</source>
        <translation>list&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>list: unknown status &apos;%1&apos; (use one of: %2)</source>
        <translation>list&#xa0;: statut inconnu «&#xa0;%1&#xa0;» (utilisez l’un de&#xa0;: %2)</translation>
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
        <translation>Usage&#xa0;: copydesk list [--status STATUT] [--search MOTS] [--tag MOT-CLÉ] [--json] [--database CHEMIN]

Liste les articles, le dernier modifié en premier (le plus pertinent en premier avec
--search)&#xa0;: slug, statut et titre, séparés par des tabulations.

Options&#xa0;:
  --status STATUT    seulement les articles qui ont ce statut (%1)&#xa0;; répétez l’option
                     ou séparez les statuts par des virgules pour en donner plusieurs
  --search MOTS      seulement les articles qui ont ces mots dans le titre, le chapô, le corps,
                     les mots-clés, la signature ou la source&#xa0;; &quot;des mots entre guillemets&quot;
                     forment une expression et mot* un préfixe
  --tag MOT-CLÉ      seulement les articles qui ont ce mot-clé (son nom, casse indifférente)
  --json             afficher un tableau JSON d’objets avec slug, headline, status,
                     section, byline, words et updated (ISO 8601, UTC)&#xa0;; avec --search,
                     aussi snippet (les mots trouvés entre [crochets])
  --database CHEMIN  utiliser la base de données CHEMIN
</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stories</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>The story list could not be read.</source>
        <translation>La liste des articles n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <source>Start a new story</source>
        <translation>Commencer un nouvel article</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Store the story now (it is also saved as you type)</source>
        <translation>Enregistrer l’article maintenant (il est aussi enregistré pendant la frappe)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
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
        <translation>&amp;Concentration sur le paragraphe</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Dim everything but the paragraph being written</source>
        <translation>Estomper tout sauf le paragraphe en cours d’écriture</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>Afficher l’a&amp;perçu</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show the story as the site will</source>
        <translation>Montrer l’article tel que le site l’affichera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Show &amp;All Stories</source>
        <translation>Afficher &amp;tous les articles</translation>
    </message>
    <message>
        <source>Add a Tag to the Selected Stories…</source>
        <translation>Ajouter un mot-clé aux articles sélectionnés…</translation>
    </message>
    <message>
        <source>Remove a Tag from the Selected Stories…</source>
        <translation>Retirer un mot-clé des articles sélectionnés…</translation>
    </message>
    <message>
        <source>Undo Tag Change</source>
        <translation>Annuler la modification des mots-clés</translation>
    </message>
    <message>
        <source>Add a Tag</source>
        <translation>Ajouter un mot-clé</translation>
    </message>
    <message>
        <source>Remove a Tag</source>
        <translation>Retirer un mot-clé</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n story(ies):</source>
        <translation>
            <numerusform>Mot-clé à ajouter à %n article&#xa0;:</numerusform>
            <numerusform>Mot-clé à ajouter à %n articles&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n story(ies):</source>
        <translation>
            <numerusform>Mot-clé à retirer de %n article&#xa0;:</numerusform>
            <numerusform>Mot-clé à retirer de %n articles&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag was not changed on the stories.</source>
        <translation>Le mot-clé n’a pas été modifié sur les articles.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” added to %n story(ies).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» ajouté à %n article.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» ajouté à %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” removed from %n story(ies).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» retiré de %n article.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» retiré de %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stories tagged “%1”</source>
        <translation>Articles avec le mot-clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>Ouvrir %1 dans votre navigateur web&#xa0;?</translation>
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
        <translation>L’article n’a pas pu être enregistré. Votre texte est toujours dans l’éditeur.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>The new story could not be created.</source>
        <translation>Le nouvel article n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Close Copydesk</source>
        <translation>Fermer Copydesk</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: %1</source>
        <translation>Vos dernières modifications n’ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close anyway and lose them, or go back to the story?</source>
        <translation>Fermer quand même et les perdre, ou revenir à l’article&#xa0;?</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation>L’article n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The stories could not be searched.</source>
        <translation>La recherche dans les articles a échoué.</translation>
    </message>
    <message>
        <source>Sto&amp;ry</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Circuit éditorial</translation>
    </message>
</context>
<context>
    <name>MarkdownBody</name>
    <message>
        <source>[Image not shown: the page shows only the article&apos;s own images.]</source>
        <translation>[Image non affichée&#xa0;: la page ne montre que les images propres à l’article.]</translation>
    </message>
    <message>
        <source>(nested too deeply to show)</source>
        <translation>(imbrication trop profonde pour être affichée)</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>No Suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>NinjsEndpoint</name>
    <message>
        <source>Sending the ninjs document…</source>
        <translation>Envoi du document ninjs…</translation>
    </message>
</context>
<context>
    <name>PasteConverter</name>
    <message>
        <source>This paste is larger than the %1 MB an article can hold, so nothing was pasted.</source>
        <translation>Ce collage dépasse les %1 Mo qu’un article peut contenir&#xa0;; rien n’a été collé.</translation>
    </message>
    <message>
        <source>Pictures can&apos;t be pasted into the text. Use Insert Image, or set the hero image.</source>
        <translation>Les images ne peuvent pas être collées dans le texte. Utilisez «&#xa0;Insérer une image&#xa0;» ou définissez l’image principale.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Preview at a phone&apos;s width</source>
        <translation>Aperçu à la largeur d’un téléphone</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Preview at a desktop&apos;s width</source>
        <translation>Aperçu à la largeur d’un ordinateur</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Only an editor may change roles.</source>
        <translation>Seul un éditeur peut changer les rôles.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Writes as:</source>
        <translation>&amp;Signe en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;People on the desk:</source>
        <translation>&amp;Membres de la rédaction&#xa0;:</translation>
    </message>
    <message>
        <source>Your profile was not saved.</source>
        <translation>Votre profil n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The role of %1 was not changed.</source>
        <translation>Le rôle de %1 n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Your profile could not be read again.</source>
        <translation>Votre profil n’a pas pu être relu.</translation>
    </message>
</context>
<context>
    <name>PublicationPage</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tagline:</source>
        <translation>&amp;Slogan&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Home city:</source>
        <translation>&amp;Ville d’attache&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Locale:</source>
        <translation>&amp;Paramètres régionaux&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>The publication was not saved.</source>
        <translation>La publication n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>“%1” is not a locale Copydesk knows.</source>
        <translation>Copydesk ne connaît pas les paramètres régionaux «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Copydesk knows.</source>
        <translation>Copydesk ne connaît pas le fuseau horaire «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PublishChecklist</name>
    <message>
        <source>Alt text of image %1</source>
        <translation>Texte alternatif de l’image %1</translation>
    </message>
    <message>
        <source>Image %1 in the body (line %2) has no alt text. Describe what it shows between the brackets: ![what the picture shows](…).</source>
        <translation>L’image %1 du corps (ligne %2) n’a pas de texte alternatif. Décrivez ce qu’elle montre entre les crochets&#xa0;: ![ce que montre l’image](…).</translation>
    </message>
    <message>
        <source>Link without address</source>
        <translation>Lien sans adresse</translation>
    </message>
    <message>
        <source>The link “%1” on line %2 of the body has no address. Put it between the parentheses, or remove the link.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» à la ligne %2 du corps n’a pas d’adresse. Mettez-la entre les parenthèses, ou supprimez le lien.</translation>
    </message>
    <message>
        <source>Link without text</source>
        <translation>Lien sans texte</translation>
    </message>
    <message>
        <source>The link to %1 on line %2 of the body has no text, so readers cannot see or click it. Write its words between the brackets.</source>
        <translation>Le lien vers %1 à la ligne %2 du corps n’a pas de texte&#xa0;: les lecteurs ne peuvent ni le voir ni cliquer dessus. Écrivez son texte entre les crochets.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The story has no headline. Write one.</source>
        <translation>L’article n’a pas de titre. Écrivez-en un.</translation>
    </message>
    <message>
        <source>The headline is %1 characters; search results show about %2. Consider shortening it.</source>
        <translation>Le titre fait %1 caractères&#xa0;; les résultats de recherche en affichent environ %2. Pensez à le raccourcir.</translation>
    </message>
    <message>
        <source>The story has a headline.</source>
        <translation>L’article a un titre.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Choose the section the story belongs in.</source>
        <translation>Choisissez la rubrique de l’article.</translation>
    </message>
    <message>
        <source>The story has a section.</source>
        <translation>L’article a une rubrique.</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Add at least one author to the byline.</source>
        <translation>Ajoutez au moins un auteur à la signature.</translation>
    </message>
    <message>
        <source>The story has a byline.</source>
        <translation>L’article a une signature.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Add at least one tag, so readers can find the story.</source>
        <translation>Ajoutez au moins un mot-clé, pour que les lecteurs trouvent l’article.</translation>
    </message>
    <message>
        <source>The story has tags.</source>
        <translation>L’article a des mots-clés.</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <source>The dek is %1 characters; keep it under %2, one or two sentences.</source>
        <translation>Le chapô fait %1 caractères&#xa0;; restez sous %2, en une ou deux phrases.</translation>
    </message>
    <message>
        <source>The story has a dek.</source>
        <translation>L’article a un chapô.</translation>
    </message>
    <message>
        <source>No dek: waived by the desk.</source>
        <translation>Pas de chapô&#xa0;: dispense accordée par la rédaction.</translation>
    </message>
    <message>
        <source>Write a one- or two-sentence dek under the headline, or mark the story as going out without one (waive the dek).</source>
        <translation>Écrivez un chapô d’une ou deux phrases sous le titre, ou indiquez que l’article part sans chapô (dispense de chapô).</translation>
    </message>
    <message>
        <source>Hero image</source>
        <translation>Image principale</translation>
    </message>
    <message>
        <source>The story has no hero image; it will go out without a picture at the top.</source>
        <translation>L’article n’a pas d’image principale&#xa0;; il partira sans image en tête.</translation>
    </message>
    <message>
        <source>Alt text of the hero image</source>
        <translation>Texte alternatif de l’image principale</translation>
    </message>
    <message>
        <source>The hero image has no alt text. Describe what the picture shows in its Alt text field.</source>
        <translation>L’image principale n’a pas de texte alternatif. Décrivez ce que montre l’image dans son champ «&#xa0;Texte alternatif&#xa0;».</translation>
    </message>
    <message>
        <source>The hero image has alt text.</source>
        <translation>L’image principale a un texte alternatif.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>The body is empty. Write the story.</source>
        <translation>Le corps est vide. Écrivez l’article.</translation>
    </message>
    <message>
        <source>Alt text of images in the body</source>
        <translation>Texte alternatif des images du corps</translation>
    </message>
    <message>
        <source>Every image in the body has alt text.</source>
        <translation>Chaque image du corps a un texte alternatif.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Every link has text and an address.</source>
        <translation>Chaque lien a un texte et une adresse.</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Heure programmée</translation>
    </message>
    <message>
        <source>The scheduled time (%1) has passed. Set a time in the future, or clear it to publish now.</source>
        <translation>L’heure programmée (%1) est passée. Choisissez une heure à venir, ou effacez-la pour publier maintenant.</translation>
    </message>
    <message>
        <source>The story is scheduled for %1.</source>
        <translation>L’article est programmé pour le %1.</translation>
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
        <translation>Usage&#xa0;: copydesk publish SLUG --target NOM [--accept-warnings] [--overwrite] [--database CHEMIN]

Passe la liste de contrôle avant publication, puis publie l’article vers la destination.
Code de sortie 0 seulement si l’article est en ligne ou programmé.

Options&#xa0;:
  --target NOM       la destination de publication («&#xa0;copydesk targets list&#xa0;»)
  --accept-warnings  continuer malgré les avertissements de la liste de contrôle
  --overwrite        remplacer les modifications faites sur le site depuis la dernière publication
  --database CHEMIN  utiliser la base de données CHEMIN
</translation>
    </message>
    <message>
        <source>Usage: copydesk unpublish SLUG --target NAME [--database PATH]

Takes the story off the target (back to draft there).
</source>
        <translation>Usage&#xa0;: copydesk unpublish SLUG --target NOM [--database CHEMIN]

Retire l’article de la destination (il y redevient un brouillon).
</translation>
    </message>
    <message>
        <source>%1: name the slug of one story</source>
        <translation>%1&#xa0;: indiquez le slug d’un article</translation>
    </message>
    <message>
        <source>%1: name the target with --target NAME</source>
        <translation>%1&#xa0;: indiquez la destination avec --target NOM</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>! %1: %2</source>
        <translation>! %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>publish: the checklist blocks publishing; fix the items above</source>
        <translation>publish&#xa0;: la liste de contrôle bloque la publication&#xa0;; corrigez les points ci-dessus</translation>
    </message>
    <message>
        <source>publish: the checklist has warnings; look at them, then run again with --accept-warnings</source>
        <translation>publish&#xa0;: la liste de contrôle a des avertissements&#xa0;; examinez-les, puis relancez avec --accept-warnings</translation>
    </message>
    <message>
        <source>copydesk: %1 is still waiting to be sent (job %2); the app sends it when the site answers.</source>
        <translation>copydesk&#xa0;: %1 attend encore d’être envoyé (tâche %2)&#xa0;; l’application l’enverra quand le site répondra.</translation>
    </message>
    <message>
        <source>copydesk: %1; trying again</source>
        <translation>copydesk&#xa0;: %1&#xa0;; nouvel essai</translation>
    </message>
    <message>
        <source>%1: %2 Run again with --overwrite to replace them.</source>
        <translation>%1&#xa0;: %2 Relancez avec --overwrite pour les remplacer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>copydesk: the story&apos;s status could not be stored: %1</source>
        <translation>copydesk&#xa0;: le statut de l&apos;article n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PublishController</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Dépublier…</translation>
    </message>
    <message>
        <source>Run the checklist, then publish the story to the site (Ctrl+Alt+P)</source>
        <translation>Passer la liste de contrôle, puis publier l’article sur le site (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Publish to:</source>
        <translation>Publier vers&#xa0;:</translation>
    </message>
    <message>
        <source>Edited on the site</source>
        <translation>Modifié sur le site</translation>
    </message>
    <message>
        <source>Overwrite the changes made on the site?</source>
        <translation>Écraser les modifications faites sur le site&#xa0;?</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>Where the story is on the site</source>
        <translation>L’adresse de l’article sur le site</translation>
    </message>
    <message>
        <source>The story is not on any site.</source>
        <translation>L’article n’est sur aucun site.</translation>
    </message>
    <message>
        <source>No publishing target is set up yet. Add one with &apos;copydesk targets add NAME --kind wordpress --url URL --user USER&apos;.</source>
        <translation>Aucune destination de publication n’est encore configurée. Ajoutez-en une avec «&#xa0;copydesk targets add NOM --kind wordpress --url URL --user UTILISATEUR&#xa0;».</translation>
    </message>
    <message>
        <source>Only an editor may publish.</source>
        <translation>Seul un éditeur peut publier.</translation>
    </message>
    <message>
        <source>Only an editor may unpublish.</source>
        <translation>Seul un éditeur peut dépublier.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publication vers %1…</translation>
    </message>
    <message>
        <source>Taking the story off %1…</source>
        <translation>Retrait de l’article de %1…</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Programmé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Taken off the site.</source>
        <translation>Retiré du site.</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>En ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 Will try again at %2.</source>
        <translation>%1 Nouvel essai à %2.</translation>
    </message>
    <message>
        <source>Not published: the site&apos;s edits were kept.</source>
        <translation>Non publié&#xa0;: les modifications du site ont été conservées.</translation>
    </message>
    <message>
        <source>Only an editor may publish</source>
        <translation>Seul un éditeur peut publier</translation>
    </message>
</context>
<context>
    <name>PublishLogModel</name>
    <message>
        <source>(removed target)</source>
        <translation>(destination supprimée)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
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
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>PublishQueue</name>
    <message numerus="yes">
        <source>Given up after %n attempts: %1</source>
        <translation>
            <numerusform>Abandon après %n tentative&#xa0;: %1</numerusform>
            <numerusform>Abandon après %n tentatives&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishedStatus</name>
    <message>
        <source>Taken off %1</source>
        <translation>Retiré de %1</translation>
    </message>
    <message>
        <source>Published to %1</source>
        <translation>Publié sur %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>SampleNewsroom</name>
    <message>
        <source>The sample newsroom could not be read.</source>
        <translation>La rédaction d’exemple n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nouvelle rubrique</translation>
    </message>
    <message>
        <source>The sections could not be read.</source>
        <translation>Les rubriques n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Retired: kept by older stories, not offered for new ones</source>
        <translation>Archivée&#xa0;: conservée dans les anciens articles, plus proposée pour les nouveaux</translation>
    </message>
    <message>
        <source>retired</source>
        <extracomment>Spoken for a retired section in the list (screen readers do not see the italics)</extracomment>
        <translation>archivée</translation>
    </message>
    <message>
        <source>&amp;Bring Back</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <source>The sections were not saved.</source>
        <translation>Les rubriques n’ont pas été enregistrées.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Your profile and the desk’s publication, sections and authors</source>
        <translation>Votre profil, et la publication, les rubriques et les auteurs de la rédaction</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The database is read-only: settings are shown, not changed.</source>
        <translation>La base de données est en lecture seule&#xa0;: les paramètres sont affichés, pas modifiés.</translation>
    </message>
    <message>
        <source>Only an editor may change the desk’s settings; you can change your own name.</source>
        <translation>Seul un éditeur peut modifier les paramètres de la rédaction&#xa0;; vous pouvez changer votre propre nom.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>There is no spelling dictionary for “%1”. Install a hunspell dictionary for it.</source>
        <translation>Il n’y a pas de dictionnaire orthographique pour «&#xa0;%1&#xa0;». Installez un dictionnaire Hunspell pour cette langue.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Dépublié</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but no backup copy could be written next to it, so it was left as it was.</source>
        <translation>La base de données doit être mise à niveau, mais aucune copie de sauvegarde n’a pu être écrite à côté&#xa0;; elle a donc été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created, so the database cannot be opened there.</source>
        <translation>Le dossier %1 ne peut pas être créé&#xa0;; la base de données ne peut donc pas y être ouverte.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>A new database cannot be created in %1: the folder is read-only.</source>
        <translation>Impossible de créer une base de données dans %1&#xa0;: le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk database (it is not an SQLite file). It was not changed.</source>
        <translation>%1 n’est pas une base de données Copydesk (ce n’est pas un fichier SQLite). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be opened. It was not changed; restore it from a backup.</source>
        <translation>La base de données %1 est endommagée et ne peut pas être ouverte. Elle n’a pas été modifiée&#xa0;; restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Copydesk. It was not changed.</source>
        <translation>%1 est la base de données d’un autre programme, pas de Copydesk. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Copydesk. Update Copydesk to open it; the file was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Copydesk. Mettez Copydesk à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Copydesk, but it is read-only.</source>
        <translation>%1 doit être mis à niveau pour cette version de Copydesk, mais il est en lecture seule.</translation>
    </message>
    <message>
        <source>The database file is read-only; changes cannot be saved.</source>
        <translation>Le fichier de la base de données est en lecture seule&#xa0;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The database&apos;s folder is read-only; changes cannot be saved.</source>
        <translation>Le dossier de la base de données est en lecture seule&#xa0;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>La base de données %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1; it was left at version %2.</source>
        <translation>La base de données n’a pas pu être mise à niveau vers la version %1&#xa0;; elle est restée à la version %2.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>La base de données est utilisée par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database is read-only, so the change was not saved.</source>
        <translation>La base de données est en lecture seule&#xa0;; la modification n’a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was written to it; restore it from a backup.</source>
        <translation>Le fichier de la base de données est endommagé. Rien n’y a été écrit&#xa0;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and save again.</source>
        <translation>Le disque est plein&#xa0;; la modification n’a donc pas été enregistrée. Libérez de l’espace et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (input/output error).</source>
        <translation>Le fichier de la base de données n’a pas pu être lu ni écrit (erreur d’entrée/sortie).</translation>
    </message>
    <message>
        <source>That name is already taken.</source>
        <translation>Ce nom est déjà pris.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the article and was not saved.</source>
        <translation>La modification enfreint une règle de l’article et n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The database could not carry out the change.</source>
        <translation>La base de données n’a pas pu effectuer la modification.</translation>
    </message>
    <message>
        <source>Another story already has the web address “%1”. Choose another slug.</source>
        <translation>Un autre article a déjà l’adresse web «&#xa0;%1&#xa0;». Choisissez un autre slug.</translation>
    </message>
    <message>
        <source>The headline is longer than %1 characters.</source>
        <translation>Le titre dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The story was deleted, so it could not be saved.</source>
        <translation>L’article a été supprimé, il n’a donc pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>L’article n’existe plus.</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>Un auteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already an author called “%1”.</source>
        <translation>Il existe déjà un auteur nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The author no longer exists.</source>
        <translation>L’auteur n’existe plus.</translation>
    </message>
    <message>
        <source>A dictionary word needs a language and a word.</source>
        <translation>Une entrée de dictionnaire doit avoir une langue et un mot.</translation>
    </message>
    <message>
        <source>The image is no longer stored with the article.</source>
        <translation>L’image n’est plus enregistrée avec l’article.</translation>
    </message>
    <message>
        <source>That revision no longer exists.</source>
        <translation>Cette version n’existe plus.</translation>
    </message>
    <message>
        <source>A section needs a name.</source>
        <translation>Une rubrique doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a section called “%1”.</source>
        <translation>Il existe déjà une rubrique nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no section called “%1”.</source>
        <translation>Il n’y a pas de rubrique nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Un mot-clé doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” is the same tag as the existing “%2”; use that one instead.</source>
        <translation>«&#xa0;%1&#xa0;» est le même mot-clé que «&#xa0;%2&#xa0;», qui existe déjà&#xa0;; utilisez celui-ci.</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>Le mot-clé n’existe plus.</translation>
    </message>
    <message>
        <source>There is already a tag called “%1” (or with the same web address).</source>
        <translation>Il existe déjà un mot-clé nommé «&#xa0;%1&#xa0;» (ou avec la même adresse web).</translation>
    </message>
    <message>
        <source>There is no tag called “%1”.</source>
        <translation>Il n’y a pas de mot-clé nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Another tag already has the web address “%1”.</source>
        <translation>Un autre mot-clé a déjà l’adresse web «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge.</source>
        <translation>Choisissez au moins un autre mot-clé à fusionner.</translation>
    </message>
    <message>
        <source>Restored from the revision of %1</source>
        <translation>Restauré à partir de la version du %1</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Nouvel essai prévu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Edited on the site</source>
        <translation>Modifié sur le site</translation>
    </message>
    <message>
        <source>A publishing target needs a name.</source>
        <translation>Une destination de publication doit avoir un nom.</translation>
    </message>
    <message>
        <source>A target&apos;s name cannot start or end with spaces.</source>
        <translation>Le nom d’une destination ne peut ni commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <source>A target&apos;s name cannot contain control characters.</source>
        <translation>Le nom d’une destination ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>“%1” is not a complete web address; write it like https://example.com/.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web complète&#xa0;; écrivez-la sous la forme https://example.com/.</translation>
    </message>
    <message>
        <source>The address must start with https://: plain http:// would send the password unencrypted. (http:// is allowed only for this computer, e.g. http://127.0.0.1.)</source>
        <translation>L’adresse doit commencer par https://&#xa0;: en simple http://, le mot de passe serait envoyé sans chiffrement. (http:// n’est autorisé que pour cet ordinateur, par exemple http://127.0.0.1.)</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L’adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the address; the password goes to the keychain.</source>
        <translation>Mettez le nom d’utilisateur dans son propre champ, pas dans l’adresse&#xa0;; le mot de passe va dans le trousseau.</translation>
    </message>
    <message>
        <source>A WordPress target needs the user name the application password belongs to.</source>
        <translation>Une destination WordPress a besoin du nom de l’utilisateur à qui appartient le mot de passe d’application.</translation>
    </message>
    <message>
        <source>There is already a publishing target called “%1”.</source>
        <translation>Il existe déjà une destination de publication nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>That publishing target no longer exists.</source>
        <translation>Cette destination de publication n’existe plus.</translation>
    </message>
    <message>
        <source>There is no publishing target called “%1”.</source>
        <translation>Il n’y a pas de destination de publication nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The target did not say where it stored the story.</source>
        <translation>La destination n’a pas indiqué où elle a enregistré l’article.</translation>
    </message>
    <message>
        <source>That publishing job no longer exists.</source>
        <translation>Cette tâche de publication n’existe plus.</translation>
    </message>
    <message>
        <source>The story or the publishing target no longer exists.</source>
        <translation>L’article ou la destination de publication n’existe plus.</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Une vue enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a view called “%1”.</source>
        <translation>Il existe déjà une vue nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Mes brouillons</translation>
    </message>
    <message>
        <source>Scheduled today</source>
        <translation>Programmés aujourd’hui</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Journaliste</translation>
    </message>
    <message>
        <source>There is no one called “%1” on this desk.</source>
        <translation>Personne ne s’appelle «&#xa0;%1&#xa0;» dans cette rédaction.</translation>
    </message>
    <message>
        <source>A person needs a login name.</source>
        <translation>Une personne doit avoir un identifiant de connexion.</translation>
    </message>
    <message>
        <source>Your name cannot be empty.</source>
        <translation>Votre nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Only an editor may change someone’s role.</source>
        <translation>Seul un éditeur peut changer le rôle de quelqu’un.</translation>
    </message>
    <message>
        <source>The desk needs at least one editor; make someone else an editor first.</source>
        <translation>La rédaction a besoin d’au moins un éditeur&#xa0;; nommez d’abord quelqu’un d’autre éditeur.</translation>
    </message>
</context>
<context>
    <name>StoryFilterBar</name>
    <message numerus="yes">
        <source>%Ln story(ies)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Updated today</source>
        <translation>Mis à jour aujourd’hui</translation>
    </message>
    <message>
        <source>Updated in the last 7 days</source>
        <translation>Mis à jour ces 7 derniers jours</translation>
    </message>
    <message>
        <source>Updated in the last 30 days</source>
        <translation>Mis à jour ces 30 derniers jours</translation>
    </message>
    <message>
        <source>Updated between…</source>
        <translation>Mis à jour entre…</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>Mis à jour à partir du</translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation>Mis à jour jusqu’au</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Keep these words and filters as a named view</source>
        <translation>Garder ces mots et ces filtres comme une vue nommée</translation>
    </message>
    <message>
        <source>Name of the view, then Return</source>
        <translation>Nom de la vue, puis Entrée</translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation>Nom de la vue</translation>
    </message>
    <message>
        <source>Any section</source>
        <translation>Toutes les rubriques</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
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
        <translation>(pas de titre)</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>The parts of a story&apos;s tooltip in the story list: status, section, update time</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
</context>
<context>
    <name>TagChipField</name>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>TagManagerController</name>
    <message>
        <source>The tags were not changed.</source>
        <translation>Les mots-clés n’ont pas été modifiés.</translation>
    </message>
    <message>
        <source>The tags could not be put back.</source>
        <translation>Les mots-clés n’ont pas pu être rétablis.</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nouveau mot-clé</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Nom du nouveau mot-clé&#xa0;:</translation>
    </message>
    <message>
        <source>The tag “%1” already exists; use it instead.</source>
        <translation>Le mot-clé «&#xa0;%1&#xa0;» existe déjà&#xa0;; utilisez-le.</translation>
    </message>
    <message>
        <source>The tag could not be created.</source>
        <translation>Le mot-clé n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The tag could not be read.</source>
        <translation>Le mot-clé n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer le mot-clé</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Renommer «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Describe Tag</source>
        <translation>Décrire le mot-clé</translation>
    </message>
    <message>
        <source>What “%1” covers, for the desk (not published):</source>
        <translation>Ce que couvre «&#xa0;%1&#xa0;», pour la rédaction (non publié)&#xa0;:</translation>
    </message>
    <message>
        <source>Describe “%1”</source>
        <translation>Décrire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner des mots-clés</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n tag(s) into “%1”? %2 stories will carry “%1” instead.</source>
        <translation>
            <numerusform>Fusionner %n mot-clé dans «&#xa0;%1&#xa0;»&#xa0;? %2 articles porteront «&#xa0;%1&#xa0;» à la place.</numerusform>
            <numerusform>Fusionner %n mots-clés dans «&#xa0;%1&#xa0;»&#xa0;? %2 articles porteront «&#xa0;%1&#xa0;» à la place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into “%1”</source>
        <translation>Fusionner dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Change the kind of %n tag(s)</source>
        <translation>
            <numerusform>Changer le type de %n mot-clé</numerusform>
            <numerusform>Changer le type de %n mots-clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>Supprimer des mots-clés</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)? They will be taken off %1 stories.</source>
        <translation>
            <numerusform>Supprimer %n mot-clé&#xa0;? Il sera retiré de %1 articles.</numerusform>
            <numerusform>Supprimer %n mots-clés&#xa0;? Ils seront retirés de %1 articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)</source>
        <translation>
            <numerusform>Supprimer %n mot-clé</numerusform>
            <numerusform>Supprimer %n mots-clés</numerusform>
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
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Nouveau mot-clé…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>De&amp;scribe…</source>
        <translation>&amp;Décrire…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>Changer le &amp;type</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Filtrer les mots-clés</translation>
    </message>
</context>
<context>
    <name>TagSuggestionBar</name>
    <message>
        <source>Suggested:</source>
        <translation>Suggestions&#xa0;:</translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation>Mots-clés suggérés</translation>
    </message>
    <message>
        <source>Add the tag %1</source>
        <translation>Ajouter le mot-clé %1</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>Ajouter le mot-clé %1</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>An older near-duplicate of another tag: merge it into that one.</source>
        <translation>Un ancien quasi-doublon d’un autre mot-clé&#xa0;: fusionnez-le dans celui-ci.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Dernière utilisation</translation>
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
        <translation>Usage&#xa0;: copydesk tags list [--json] [--database CHEMIN]
        copydesk tags rename ANCIEN NOUVEAU [--database CHEMIN]
        copydesk tags merge DE... VERS [--database CHEMIN]

Liste, renomme et fusionne les mots-clés de la rédaction. Les noms se comparent sans
tenir compte de la casse, des espaces ni de la ponctuation («&#xa0;open ai&#xa0;» est «&#xa0;OpenAI&#xa0;»).
Chaque article suit un renommage ou une fusion.

  list                   slug, type, nombre d’articles et nom, séparés par des tabulations
  rename ANCIEN NOUVEAU  donne au mot-clé ANCIEN le nom NOUVEAU
  merge DE VERS          déplace les articles de chaque mot-clé DE vers VERS et supprime DE

Options&#xa0;:
  --json             (list) afficher un tableau JSON d’objets avec name, slug, kind,
                     description, count et lastUsed (ISO 8601, UTC, ou null)
  --database CHEMIN  utiliser la base de données CHEMIN
</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (ligne de commande)</translation>
    </message>
    <message>
        <source>tags %1: there is no tag called &apos;%2&apos;</source>
        <translation>tags %1&#xa0;: il n’y a pas de mot-clé nommé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Renamed &apos;%1&apos; to &apos;%2&apos;; stories changed: %3.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;»&#xa0;; articles modifiés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Merged into &apos;%1&apos;; stories changed: %2.</source>
        <translation>Fusionné dans «&#xa0;%1&#xa0;»&#xa0;; articles modifiés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>tags: unknown option &apos;%1&apos;</source>
        <translation>tags&#xa0;: option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>tags: say what to do: list, rename or merge</source>
        <translation>tags&#xa0;: dites quoi faire&#xa0;: list, rename ou merge</translation>
    </message>
    <message>
        <source>tags: unknown action &apos;%1&apos; (use list, rename or merge)</source>
        <translation>tags&#xa0;: action inconnue «&#xa0;%1&#xa0;» (utilisez list, rename ou merge)</translation>
    </message>
    <message>
        <source>tags list: unexpected argument &apos;%1&apos;</source>
        <translation>tags list&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>tags rename: name the tag and its new name: tags rename OLD NEW</source>
        <translation>tags rename&#xa0;: indiquez le mot-clé et son nouveau nom&#xa0;: tags rename ANCIEN NOUVEAU</translation>
    </message>
    <message>
        <source>tags merge: name at least one tag and the tag to merge it into</source>
        <translation>tags merge&#xa0;: indiquez au moins un mot-clé et le mot-clé dans lequel le fusionner</translation>
    </message>
    <message>
        <source>tags %1: --json only goes with list</source>
        <translation>tags %1&#xa0;: --json ne va qu’avec list</translation>
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
        <translation>Usage&#xa0;: copydesk targets add NOM --kind wordpress|ninjs --url URL [--user UTILISATEUR] [--database CHEMIN]
        copydesk targets list [--json] [--database CHEMIN]
        copydesk targets remove NOM [--database CHEMIN]

Configure les destinations où les articles sont publiés. Le mot de passe (mot de passe
d’application WordPress) ou le jeton (jeton bearer ninjs) est lu sur l’entrée standard
et conservé uniquement dans le trousseau du système, jamais dans la base de données&#xa0;;
sans trousseau, rien n’est enregistré.

Options&#xa0;:
  --kind TYPE         wordpress ou ninjs
  --url URL           le site (WordPress) ou le point d’accès (ninjs)&#xa0;; https:// seulement,
                      sauf http:// sur cet ordinateur (127.0.0.1, localhost)
  --user UTILISATEUR  l’utilisateur WordPress à qui appartient le mot de passe d’application
  --json              (list) un tableau JSON d’objets avec name, kind, url, user, created
  --database CHEMIN   utiliser la base de données CHEMIN
</translation>
    </message>
    <message>
        <source>Password or token for &apos;%1&apos;: </source>
        <translation>Mot de passe ou jeton pour «&#xa0;%1&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <source>targets add: say what kind of target it is: --kind wordpress or --kind ninjs</source>
        <translation>targets add&#xa0;: indiquez le type de destination&#xa0;: --kind wordpress ou --kind ninjs</translation>
    </message>
    <message>
        <source>targets add: unknown kind &apos;%1&apos; (use wordpress or ninjs)</source>
        <translation>targets add&#xa0;: type inconnu «&#xa0;%1&#xa0;» (utilisez wordpress ou ninjs)</translation>
    </message>
    <message>
        <source>targets add: give the address with --url https://...</source>
        <translation>targets add&#xa0;: indiquez l’adresse avec --url https://...</translation>
    </message>
    <message>
        <source>targets add: %1</source>
        <translation>targets add&#xa0;: %1</translation>
    </message>
    <message>
        <source>targets add: there is already a target called &apos;%1&apos;</source>
        <translation>targets add&#xa0;: il existe déjà une destination nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>targets add: no password or token on standard input; pipe it in, e.g. secret-tool lookup ... | copydesk targets add ...</source>
        <translation>targets add&#xa0;: aucun mot de passe ni jeton sur l’entrée standard&#xa0;; transmettez-le par un tube, par exemple secret-tool lookup ... | copydesk targets add ...</translation>
    </message>
    <message>
        <source>(details: %1)</source>
        <translation>(détails&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Added %1 target &apos;%2&apos; at %3; its secret is in the system keychain.</source>
        <translation>Destination %1 «&#xa0;%2&#xa0;» ajoutée à l’adresse %3&#xa0;; son secret est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>targets remove: there is no target called &apos;%1&apos;</source>
        <translation>targets remove&#xa0;: il n’y a pas de destination nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>targets remove: %1 The target was kept.</source>
        <translation>targets remove&#xa0;: %1 La destination a été conservée.</translation>
    </message>
    <message>
        <source>Removed target &apos;%1&apos; and its secret.</source>
        <translation>Destination «&#xa0;%1&#xa0;» et son secret supprimés.</translation>
    </message>
    <message>
        <source>targets: unknown option &apos;%1&apos;</source>
        <translation>targets&#xa0;: option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>targets: say what to do: add, list or remove</source>
        <translation>targets&#xa0;: dites quoi faire&#xa0;: add, list ou remove</translation>
    </message>
    <message>
        <source>targets add: name the target: targets add NAME --kind ...</source>
        <translation>targets add&#xa0;: nommez la destination&#xa0;: targets add NOM --kind ...</translation>
    </message>
    <message>
        <source>targets add: unexpected argument &apos;%1&apos;</source>
        <translation>targets add&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>targets add: --json only goes with list</source>
        <translation>targets add&#xa0;: --json ne va qu’avec list</translation>
    </message>
    <message>
        <source>targets %1: --kind, --url and --user only go with add</source>
        <translation>targets %1&#xa0;: --kind, --url et --user ne vont qu’avec add</translation>
    </message>
    <message>
        <source>targets list: unexpected argument &apos;%1&apos;</source>
        <translation>targets list&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>targets remove: name one target</source>
        <translation>targets remove&#xa0;: indiquez une destination</translation>
    </message>
    <message>
        <source>targets remove: --json only goes with list</source>
        <translation>targets remove&#xa0;: --json ne va qu’avec list</translation>
    </message>
    <message>
        <source>targets: unknown action &apos;%1&apos; (use add, list or remove)</source>
        <translation>targets&#xa0;: action inconnue «&#xa0;%1&#xa0;» (utilisez add, list ou remove)</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Remove target</source>
        <translation>Retirer la destination</translation>
    </message>
    <message>
        <source>Remove the target “%1” and its password? Copydesk forgets where its stories live there, so publishing to it again creates new posts.</source>
        <translation>Retirer la destination «&#xa0;%1&#xa0;» et son mot de passe&#xa0;? Copydesk oubliera où s’y trouvent ses articles&#xa0;: y publier à nouveau créera de nouveaux articles sur le site.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Publishing targets</source>
        <translation>Destinations de publication</translation>
    </message>
    <message>
        <source>WordPress</source>
        <translation>WordPress</translation>
    </message>
    <message>
        <source>ninjs endpoint</source>
        <translation>Point d’accès ninjs</translation>
    </message>
    <message>
        <source>https://example.com/</source>
        <translation>https://example.com/</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Mot de passe ou jeton</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>Mot de &amp;passe ou jeton&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>Nou&amp;veau</translation>
    </message>
    <message>
        <source>&amp;Save target</source>
        <translation>&amp;Enregistrer la destination</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>WordPress application password</source>
        <translation>Mot de passe d’application WordPress</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton bearer</translation>
    </message>
    <message>
        <source>Unchanged; type to replace it</source>
        <translation>Inchangé&#xa0;; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>There is already a publishing target called “%1”.</source>
        <translation>Il existe déjà une destination de publication nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enter the password or token for “%1”; it is kept in the system keychain.</source>
        <translation>Saisissez le mot de passe ou le jeton de «&#xa0;%1&#xa0;»&#xa0;; il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Destination «&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Destination «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>%1 The target was kept.</source>
        <translation>%1 La destination a été conservée.</translation>
    </message>
    <message>
        <source>Removed “%1” and its password.</source>
        <translation>Destination «&#xa0;%1&#xa0;» et son mot de passe retirés.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
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
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln min de lecture</numerusform>
            <numerusform>%Ln min de lecture</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordPressEndpoint</name>
    <message>
        <source>%1 does not look like a WordPress site: it announces no REST API.</source>
        <translation>%1 ne ressemble pas à un site WordPress&#xa0;: il n’annonce aucune API REST.</translation>
    </message>
    <message>
        <source>Matching the section and tags…</source>
        <translation>Mise en correspondance de la rubrique et des mots-clés…</translation>
    </message>
    <message>
        <source>Looking for the post an earlier attempt may have made…</source>
        <translation>Recherche de l’article qu’une tentative précédente a pu créer…</translation>
    </message>
    <message>
        <source>The post was edited on the site since it was last published; publishing again would overwrite those changes.</source>
        <translation>L’article a été modifié sur le site depuis sa dernière publication&#xa0;; le publier à nouveau écraserait ces modifications.</translation>
    </message>
    <message>
        <source>Creating the draft…</source>
        <translation>Création du brouillon…</translation>
    </message>
    <message>
        <source>The site answered the new post without an id.</source>
        <translation>Le site a répondu à la création de l’article sans donner d’identifiant.</translation>
    </message>
    <message>
        <source>Sending the story…</source>
        <translation>Envoi de l’article…</translation>
    </message>
    <message>
        <source>The site kept the post as &apos;%1&apos; instead of publishing it.</source>
        <translation>Le site a gardé l’article au statut «&#xa0;%1&#xa0;» au lieu de le publier.</translation>
    </message>
    <message>
        <source>Taking the post off the site…</source>
        <translation>Retrait de l’article du site…</translation>
    </message>
    <message>
        <source>The story was not on the site.</source>
        <translation>L’article n’était pas sur le site.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>caption — credit</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Uploading the hero image…</source>
        <translation>Envoi de l’image principale…</translation>
    </message>
    <message>
        <source>%1 announces its REST API on another server (%2); Copydesk does not send the credentials there. Give the REST API&apos;s address as the target&apos;s URL.</source>
        <translation>%1 annonce son API REST sur un autre serveur (%2) ; Copydesk n’y envoie pas les identifiants. Indiquez l’adresse de l’API REST comme URL de la cible.</translation>
    </message>
    <message>
        <source>The site answered the uploaded image without an id.</source>
        <translation>Le site a répondu à l’envoi de l’image sans identifiant.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>“%1” does not apply to a story that is “%2”.</source>
        <extracomment>%1: what was asked (&quot;Approve&quot; or &quot;Ready&quot;); %2: the story&apos;s status (&quot;Draft&quot;)</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne s’applique pas à un article au statut «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Only an editor may do this (“%1”).</source>
        <translation>Seul un éditeur peut faire cela («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Soumettre en relecture</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>Déprogrammer</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Dépublier</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Say why the story goes back, so its writer knows what to change.</source>
        <translation>Dites pourquoi l’article est renvoyé, pour que son auteur sache quoi changer.</translation>
    </message>
    <message>
        <source>Set the time to publish the story before scheduling it.</source>
        <translation>Fixez l’heure de publication de l’article avant de le programmer.</translation>
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
        <translation>Confier l’article à un éditeur pour relecture</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Mark the story ready to publish</source>
        <translation>Marquer l’article comme prêt à publier</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>Return the story to its writer as a draft, with a note</source>
        <translation>Renvoyer l’article à son auteur comme brouillon, avec une note</translation>
    </message>
    <message>
        <source>Send &amp;Back…</source>
        <translation>&amp;Renvoyer…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for Review</source>
        <translation>&amp;Soumettre en relecture</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Story status</source>
        <translation>Statut de l’article</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>No story is open.</source>
        <translation>Aucun article n’est ouvert.</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>La base de données est en lecture seule.</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>The story could not be moved on (“%1”).</source>
        <translation>L’article n’a pas pu changer d’étape («&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>What should the writer change? The note is kept in the story’s history.</source>
        <translation>Que doit changer l’auteur&#xa0;? La note est conservée dans l’historique de l’article.</translation>
    </message>
    <message>
        <source>Please say why the story goes back.</source>
        <translation>Veuillez indiquer pourquoi l’article est renvoyé.</translation>
    </message>
</context>
</TS>
