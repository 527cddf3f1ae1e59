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
        <translation>L’article est publié : son adresse web reste inchangée.</translation>
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
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Made from the headline</source>
        <translation>Tiré du titre</translation>
    </message>
    <message>
        <source>Make the slug from the headline again</source>
        <translation>Tirer à nouveau l’identifiant du titre</translation>
    </message>
    <message>
        <source>Sche&amp;dule:</source>
        <translation>&amp;Programmer :</translation>
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
        <translation>Notes de la rédaction</translation>
    </message>
    <message>
        <source>For the desk only; never published</source>
        <translation>Pour la rédaction seulement ; jamais publié</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>Ru&amp;brique :</translation>
    </message>
    <message>
        <source>D&amp;ateline:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>B&amp;yline:</source>
        <translation>&amp;Signature :</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>Attributi&amp;on:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>&amp;URL de la source :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Hero &amp;image:</source>
        <translation>Image princip&amp;ale :</translation>
    </message>
</context>
<context>
    <name>ArticleFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not a list or a mapping</source>
        <translation>« %1 » doit être du texte, pas une liste ni un dictionnaire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names</source>
        <translation>« %1 » doit être une liste de noms</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names, each one plain text</source>
        <translation>« %1 » doit être une liste de noms, chacun en texte simple</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with a time-zone offset, such as 2024-05-01T09:30:00+02:00: &apos;%2&apos;</source>
        <translation>« %1 » n’est pas une date et heure avec décalage horaire, comme 2024-05-01T09:30:00+02:00 : « %2 »</translation>
    </message>
    <message>
        <source>the file has no front matter: all of it became the body</source>
        <translation>le fichier n’a pas d’en-tête (front matter) : tout son contenu est devenu le corps</translation>
    </message>
    <message>
        <source>the file has no front matter: its first heading became the headline</source>
        <translation>le fichier n’a pas d’en-tête (front matter) : son premier intertitre est devenu le titre</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (%1)</source>
        <translation>l’en-tête (front matter) n’est pas du YAML valide (%1)</translation>
    </message>
    <message>
        <source>the front matter must be &apos;key: value&apos; lines</source>
        <translation>l’en-tête (front matter) doit être fait de lignes « clé: valeur »</translation>
    </message>
    <message>
        <source>a front-matter key must be a single word, not a list or a mapping</source>
        <translation>une clé de l’en-tête doit être un seul mot, pas une liste ni un dictionnaire</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation>la clé « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>the front matter could not be read in order</source>
        <translation>l’en-tête (front matter) n’a pas pu être lu dans l’ordre</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use one of: %2)</source>
        <translation>statut inconnu « %1 » (utilisez l’un de : %2)</translation>
    </message>
    <message>
        <source>line %1: unknown key &apos;%2&apos; kept</source>
        <translation>ligne %1 : clé inconnue « %2 » conservée</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>the front matter that starts here has no closing &apos;---&apos; line</source>
        <translation>l’en-tête (front matter) qui commence ici n’a pas de ligne « --- » de fermeture</translation>
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
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>De&amp;k:</source>
        <translation>&amp;Chapô :</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Co&amp;rps :</translation>
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
        <translation>Source : %1</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the hero_image data: URI has no &apos;,&apos; before its data</source>
        <translation>l’URI data: de hero_image n’a pas de « , » avant ses données</translation>
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
        <translation>impossible de lire l’image principale %1 : %2</translation>
    </message>
    <message>
        <source>the hero image %1 is not an image that Copydesk can read</source>
        <translation>l’image principale %1 n’est pas une image que Copydesk sait lire</translation>
    </message>
    <message>
        <source>new section &apos;%1&apos; created</source>
        <translation>nouvelle rubrique « %1 » créée</translation>
    </message>
    <message>
        <source>new tag &apos;%1&apos; created</source>
        <translation>nouveau mot-clé « %1 » créé</translation>
    </message>
    <message>
        <source>no headline: the file name became the headline</source>
        <translation>pas de titre : le nom du fichier est devenu le titre</translation>
    </message>
    <message>
        <source>another story already has the slug &apos;%1&apos; (remove the slug line or change it to import this file as a new story)</source>
        <translation>un autre article a déjà l’identifiant « %1 » (supprimez ou modifiez la ligne slug pour importer ce fichier comme nouvel article)</translation>
    </message>
    <message>
        <source>the slug &apos;%1&apos; became &apos;%2&apos;</source>
        <translation>l’identifiant « %1 » est devenu « %2 »</translation>
    </message>
    <message>
        <source>there is no story with the slug &apos;%1&apos;</source>
        <translation>il n’y a pas d’article avec l’identifiant « %1 »</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>hero_alt, hero_caption and hero_credit were left out: there is no hero_image</source>
        <translation>hero_alt, hero_caption et hero_credit ont été ignorés : il n’y a pas de hero_image</translation>
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
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>copydesk: %1</source>
        <translation>copydesk : %1</translation>
    </message>
    <message>
        <source>(details: %1)</source>
        <translation>(détails : %1)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>Try &apos;copydesk --help&apos;.</source>
        <translation>Essayez « copydesk --help ».</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>List the stories, newest change first</source>
        <translation>Lister les articles, le dernier modifié en premier</translation>
    </message>
    <message>
        <source>Import article files and print their slugs</source>
        <translation>Importer des fichiers d’article et afficher leurs identifiants</translation>
    </message>
    <message>
        <source>Write one story to stdout as Markdown or HTML</source>
        <translation>Écrire un article sur la sortie standard en Markdown ou en HTML</translation>
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
        <translation>Usage : copydesk [--database CHEMIN] [FICHIER.md]
        copydesk [--database CHEMIN] COMMANDE [OPTIONS]

Copydesk est un éditeur de rédaction. Sans commande, il ouvre sa fenêtre.

Options :
  --database CHEMIN  utiliser la base de données CHEMIN au lieu de celle par défaut
                     (%1)
  --version          afficher la version et quitter
  -h, --help         afficher cette aide et quitter

Commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;copydesk COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Lancez « copydesk COMMANDE --help » pour les options d’une commande.
</translation>
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
        <translation>La rédaction a déjà « %1 ». L’utiliser à la place de « %2 » ?</translation>
    </message>
    <message>
        <source>There is no tag “%1” yet. Create it for every story to use?</source>
        <translation>Il n’y a pas encore de mot-clé « %1 ». Le créer pour tous les articles ?</translation>
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
        <translation>Décrivez l’image pour les lecteurs qui ne peuvent pas la voir :</translation>
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
        <source>Usage: copydesk export [--format markdown|html] SLUG [--database PATH]

Writes the story with this slug to standard output.

Options:
  --format FORMAT  markdown (the default): an article file that &apos;copydesk import&apos;
                   reads back, with the hero image inside as a data: URI;
                   html: a standalone web page
  --database PATH  use the database at PATH
</source>
        <translation>Usage : copydesk export [--format markdown|html] IDENTIFIANT [--database CHEMIN]

Écrit l’article qui a cet identifiant sur la sortie standard.

Options :
  --format FORMAT    markdown (par défaut) : un fichier d’article que « copydesk import »
                     relit, avec l’image principale incluse en URI data: ;
                     html : une page web autonome
  --database CHEMIN  utiliser la base de données CHEMIN
</translation>
    </message>
    <message>
        <source>export: unknown option &apos;%1&apos;</source>
        <translation>export : option inconnue « %1 »</translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (use markdown or html)</source>
        <translation>export : format inconnu « %1 » (utilisez markdown ou html)</translation>
    </message>
    <message>
        <source>export: name the slug of the story to export</source>
        <translation>export : indiquez l’identifiant de l’article à exporter</translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos;</source>
        <translation>export : argument inattendu « %1 »</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Some files could not be imported; nothing of them was kept.</source>
        <translation>Certains fichiers n’ont pas pu être importés ; rien n’en a été gardé.</translation>
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
        <translation>Rem&amp;placer…</translation>
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
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
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
        <translation>L’image fait %1 ; une image principale ne peut pas dépasser %2.</translation>
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
        <translation>L’image ne peut pas être lue : %1.</translation>
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
        <translation>Cliquez pour choisir une image ; collez-en une (%1) ou déposez-la ici ; Suppr la retire</translation>
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
        <translation>Obligatoire : ce que montre l’image</translation>
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
        <translation>Te&amp;xte alternatif :</translation>
    </message>
    <message>
        <source>Capt&amp;ion:</source>
        <translation>Lé&amp;gende :</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>Cr&amp;édit :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>There is no image to paste.</source>
        <translation>Il n’y a pas d’image à coller.</translation>
    </message>
    <message>
        <source>Only images on this computer can be used; download the image first.</source>
        <translation>Seules les images de cet ordinateur peuvent être utilisées ; téléchargez d’abord l’image.</translation>
    </message>
    <message>
        <source>%1 is %2; the largest a hero image can be is %3.</source>
        <translation>%1 fait %2 ; une image principale ne peut pas dépasser %3.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
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
        <translation>Usage : copydesk import FICHIER... [--database CHEMIN]

Importe des fichiers d’article (Markdown avec un en-tête front matter) et affiche
l’identifiant de chaque article, un par ligne. Un fichier déjà importé ne l’est pas une
seconde fois : l’identifiant de son article est affiché et stderr indique qu’il a été
rouvert. Les avertissements (clés inconnues conservées, nouvelles rubriques ou nouveaux
mots-clés) vont sur stderr. Chaque fichier est importé entièrement ou pas du tout.

Options :
  --database CHEMIN  utiliser la base de données CHEMIN
</translation>
    </message>
    <message>
        <source>import: unknown option &apos;%1&apos;</source>
        <translation>import : option inconnue « %1 »</translation>
    </message>
    <message>
        <source>import: name at least one file to import</source>
        <translation>import : indiquez au moins un fichier à importer</translation>
    </message>
    <message>
        <source>copydesk: %1: %2</source>
        <translation>copydesk : %1 : %2</translation>
    </message>
    <message>
        <source>copydesk: %1 was imported before; not imported again (story &apos;%2&apos;)</source>
        <translation>copydesk : %1 a déjà été importé ; pas de nouvel import (article « %2 »)</translation>
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
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
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
        <translation>Usage : copydesk list [--status STATUT] [--json] [--database CHEMIN]

Liste les articles, le dernier modifié en premier : identifiant, statut et titre, séparés par des tabulations.

Options :
  --status STATUT    seulement les articles qui ont ce statut (%1)
  --json             afficher un tableau JSON d’objets avec slug, headline, status,
                     section et updated (ISO 8601, UTC)
  --database CHEMIN  utiliser la base de données CHEMIN
</translation>
    </message>
    <message>
        <source>list: unknown option &apos;%1&apos;</source>
        <translation>list : option inconnue « %1 »</translation>
    </message>
    <message>
        <source>list: unexpected argument &apos;%1&apos;</source>
        <translation>list : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>list: unknown status &apos;%1&apos; (use one of: %2)</source>
        <translation>list : statut inconnu « %1 » (utilisez l’un de : %2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule : %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
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
        <translation>&amp;Rétablir</translation>
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
            <numerusform>Mot-clé à ajouter à %n article :</numerusform>
            <numerusform>Mot-clé à ajouter à %n articles :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n story(ies):</source>
        <translation>
            <numerusform>Mot-clé à retirer de %n article :</numerusform>
            <numerusform>Mot-clé à retirer de %n articles :</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag was not changed on the stories.</source>
        <translation>Le mot-clé n’a pas été modifié sur les articles.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” added to %n story(ies).</source>
        <translation>
            <numerusform>« %1 » ajouté à %n article.</numerusform>
            <numerusform>« %1 » ajouté à %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” removed from %n story(ies).</source>
        <translation>
            <numerusform>« %1 » retiré de %n article.</numerusform>
            <numerusform>« %1 » retiré de %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stories tagged “%1”</source>
        <translation>Articles avec le mot-clé « %1 »</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>Ouvrir %1 dans votre navigateur web ?</translation>
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
        <translation>Vos dernières modifications n’ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>Close anyway and lose them, or go back to the story?</source>
        <translation>Fermer quand même et les perdre, ou revenir à l’article ?</translation>
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
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>MarkdownBody</name>
    <message>
        <source>[Image not shown: the page shows only the article&apos;s own images.]</source>
        <translation>[Image non affichée : la page ne montre que les images propres à l’article.]</translation>
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
        <translation>Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorer « %1 »</translation>
    </message>
</context>
<context>
    <name>PasteConverter</name>
    <message>
        <source>This paste is larger than the %1 MB an article can hold, so nothing was pasted.</source>
        <translation>Ce collage dépasse les %1 Mo qu’un article peut contenir ; rien n’a été collé.</translation>
    </message>
    <message>
        <source>Pictures can&apos;t be pasted into the text. Use Insert Image, or set the hero image.</source>
        <translation>Les images ne peuvent pas être collées dans le texte. Utilisez « Insérer une image » ou définissez l’image principale.</translation>
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
    <name>SpellChecker</name>
    <message>
        <source>There is no spelling dictionary for “%1”. Install a hunspell dictionary for it.</source>
        <translation>Il n’y a pas de dictionnaire orthographique pour « %1 ». Installez un dictionnaire Hunspell pour cette langue.</translation>
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
        <translation>La base de données doit être mise à niveau, mais aucune copie de sauvegarde n’a pu être écrite à côté ; elle a donc été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created, so the database cannot be opened there.</source>
        <translation>Le dossier %1 ne peut pas être créé ; la base de données ne peut donc pas y être ouverte.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>A new database cannot be created in %1: the folder is read-only.</source>
        <translation>Impossible de créer une base de données dans %1 : le dossier est en lecture seule.</translation>
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
        <translation>La base de données %1 est endommagée et ne peut pas être ouverte. Elle n’a pas été modifiée ; restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Copydesk. It was not changed.</source>
        <translation>%1 est la base de données d’un autre programme, pas de Copydesk. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Copydesk. Update Copydesk to open it; the file was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Copydesk. Mettez Copydesk à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Copydesk, but it is read-only.</source>
        <translation>%1 doit être mis à niveau pour cette version de Copydesk, mais il est en lecture seule.</translation>
    </message>
    <message>
        <source>The database file is read-only; changes cannot be saved.</source>
        <translation>Le fichier de la base de données est en lecture seule ; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The database&apos;s folder is read-only; changes cannot be saved.</source>
        <translation>Le dossier de la base de données est en lecture seule ; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>La base de données %1 ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1; it was left at version %2.</source>
        <translation>La base de données n’a pas pu être mise à niveau vers la version %1 ; elle est restée à la version %2.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>La base de données est utilisée par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database is read-only, so the change was not saved.</source>
        <translation>La base de données est en lecture seule ; la modification n’a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was written to it; restore it from a backup.</source>
        <translation>Le fichier de la base de données est endommagé. Rien n’y a été écrit ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and save again.</source>
        <translation>Le disque est plein ; la modification n’a donc pas été enregistrée. Libérez de l’espace et enregistrez à nouveau.</translation>
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
        <translation>Un autre article a déjà l’adresse web « %1 ». Choisissez un autre identifiant.</translation>
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
        <translation>Il existe déjà un auteur nommé « %1 ».</translation>
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
        <translation>Il existe déjà une rubrique nommée « %1 ».</translation>
    </message>
    <message>
        <source>There is no section called “%1”.</source>
        <translation>Il n’y a pas de rubrique nommée « %1 ».</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Un mot-clé doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” is the same tag as the existing “%2”; use that one instead.</source>
        <translation>« %1 » est le même mot-clé que « %2 », qui existe déjà ; utilisez celui-ci.</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>Le mot-clé n’existe plus.</translation>
    </message>
    <message>
        <source>There is already a tag called “%1” (or with the same web address).</source>
        <translation>Il existe déjà un mot-clé nommé « %1 » (ou avec la même adresse web).</translation>
    </message>
    <message>
        <source>There is no tag called “%1”.</source>
        <translation>Il n’y a pas de mot-clé nommé « %1 ».</translation>
    </message>
    <message>
        <source>Another tag already has the web address “%1”.</source>
        <translation>Un autre mot-clé a déjà l’adresse web « %1 ».</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge.</source>
        <translation>Choisissez au moins un autre mot-clé à fusionner.</translation>
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
        <translation>Nom du nouveau mot-clé :</translation>
    </message>
    <message>
        <source>The tag “%1” already exists; use it instead.</source>
        <translation>Le mot-clé « %1 » existe déjà ; utilisez-le.</translation>
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
        <translation>Nouveau nom pour « %1 » :</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Renommer « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>Describe Tag</source>
        <translation>Décrire le mot-clé</translation>
    </message>
    <message>
        <source>What “%1” covers, for the desk (not published):</source>
        <translation>Ce que couvre « %1 », pour la rédaction (non publié) :</translation>
    </message>
    <message>
        <source>Describe “%1”</source>
        <translation>Décrire « %1 »</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner des mots-clés</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n tag(s) into “%1”? %2 stories will carry “%1” instead.</source>
        <translation>
            <numerusform>Fusionner %n mot-clé dans « %1 » ? %2 articles porteront « %1 » à la place.</numerusform>
            <numerusform>Fusionner %n mots-clés dans « %1 » ? %2 articles porteront « %1 » à la place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into “%1”</source>
        <translation>Fusionner dans « %1 »</translation>
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
            <numerusform>Supprimer %n mot-clé ? Il sera retiré de %1 articles.</numerusform>
            <numerusform>Supprimer %n mots-clés ? Ils seront retirés de %1 articles.</numerusform>
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
        <translation>Suggestions :</translation>
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
        <translation>Un ancien quasi-doublon d’un autre mot-clé : fusionnez-le dans celui-ci.</translation>
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
        <translation>Usage : copydesk tags list [--json] [--database CHEMIN]
        copydesk tags rename ANCIEN NOUVEAU [--database CHEMIN]
        copydesk tags merge DE... VERS [--database CHEMIN]

Liste, renomme et fusionne les mots-clés de la rédaction. Les noms se comparent sans
tenir compte de la casse, des espaces ni de la ponctuation (« open ai » est « OpenAI »).
Chaque article suit un renommage ou une fusion.

  list                    identifiant, type, nombre d’articles et nom, séparés par des tabulations
  rename ANCIEN NOUVEAU   donne au mot-clé ANCIEN le nom NOUVEAU
  merge DE VERS           déplace les articles de chaque mot-clé DE vers VERS et supprime DE

Options :
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
        <translation>tags %1 : il n’y a pas de mot-clé nommé « %2 »</translation>
    </message>
    <message>
        <source>Renamed &apos;%1&apos; to &apos;%2&apos;; stories changed: %3.</source>
        <translation>« %1 » renommé en « %2 » ; articles modifiés : %3.</translation>
    </message>
    <message>
        <source>Merged into &apos;%1&apos;; stories changed: %2.</source>
        <translation>Fusionné dans « %1 » ; articles modifiés : %2.</translation>
    </message>
    <message>
        <source>tags: unknown option &apos;%1&apos;</source>
        <translation>tags : option inconnue « %1 »</translation>
    </message>
    <message>
        <source>tags: say what to do: list, rename or merge</source>
        <translation>tags : dites quoi faire : list, rename ou merge</translation>
    </message>
    <message>
        <source>tags: unknown action &apos;%1&apos; (use list, rename or merge)</source>
        <translation>tags : action inconnue « %1 » (utilisez list, rename ou merge)</translation>
    </message>
    <message>
        <source>tags list: unexpected argument &apos;%1&apos;</source>
        <translation>tags list : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>tags rename: name the tag and its new name: tags rename OLD NEW</source>
        <translation>tags rename : indiquez le mot-clé et son nouveau nom : tags rename ANCIEN NOUVEAU</translation>
    </message>
    <message>
        <source>tags merge: name at least one tag and the tag to merge it into</source>
        <translation>tags merge : indiquez au moins un mot-clé et le mot-clé dans lequel le fusionner</translation>
    </message>
    <message>
        <source>tags %1: --json only goes with list</source>
        <translation>tags %1 : --json ne va qu’avec list</translation>
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
</TS>
