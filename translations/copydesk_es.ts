<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ArticleDetails</name>
    <message>
        <source>No section</source>
        <translation>Sin sección</translation>
    </message>
    <message>
        <source>Change section</source>
        <translation>Cambiar la sección</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>Cambiar la programación</translation>
    </message>
    <message>
        <source>Change hero image</source>
        <translation>Cambiar la imagen principal</translation>
    </message>
    <message>
        <source>The story is published: its web address stays as it is.</source>
        <translation>El artículo está publicado: su dirección web no cambia.</translation>
    </message>
    <message>
        <source>Made from the headline until you edit it</source>
        <translation>Se genera a partir del titular hasta que lo edite</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Fijado a mano</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation>1 etiqueta</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 etiquetas</translation>
    </message>
    <message>
        <source>scheduled %1</source>
        <translation>programado para %1</translation>
    </message>
    <message>
        <source>hero image</source>
        <translation>imagen principal</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Add an author…</source>
        <translation>Añadir un autor…</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Made from the headline</source>
        <translation>Generado a partir del titular</translation>
    </message>
    <message>
        <source>Make the slug from the headline again</source>
        <translation>Volver a generar el slug a partir del titular</translation>
    </message>
    <message>
        <source>Sche&amp;dule:</source>
        <translation>&amp;Programar:</translation>
    </message>
    <message>
        <source>Publish at a set time (embargo)</source>
        <translation>Publicar a una hora fijada (embargo)</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Hora programada</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Añadir una etiqueta…</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>First reported by …</source>
        <translation>Publicado primero por …</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la fuente</translation>
    </message>
    <message>
        <source>Not a web address (http or https)</source>
        <translation>No es una dirección web (http o https)</translation>
    </message>
    <message>
        <source>Editorial notes</source>
        <translation>Notas de redacción</translation>
    </message>
    <message>
        <source>For the desk only; never published</source>
        <translation>Solo para la redacción; nunca se publica</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>D&amp;ateline:</source>
        <translation>D&amp;ata:</translation>
    </message>
    <message>
        <source>B&amp;yline:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>S&amp;lug:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Attributi&amp;on:</source>
        <translation>Atri&amp;bución:</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>&amp;URL de la fuente:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Hero &amp;image:</source>
        <translation>&amp;Imagen principal:</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirada)</translation>
    </message>
</context>
<context>
    <name>ArticleDiff</name>
    <message>
        <source>(deleted #%1)</source>
        <translation>(eliminado #%1)</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of a list in a diff: authors, tags</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Hero image alt text</source>
        <translation>Texto alternativo de la imagen principal</translation>
    </message>
    <message>
        <source>Hero image caption</source>
        <translation>Pie de foto de la imagen principal</translation>
    </message>
    <message>
        <source>Hero image credit</source>
        <translation>Crédito de la imagen principal</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la fuente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ArticleFile</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not a list or a mapping</source>
        <translation>&apos;%1&apos; debe ser texto, no una lista ni un diccionario</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names</source>
        <translation>&apos;%1&apos; debe ser una lista de nombres</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names, each one plain text</source>
        <translation>&apos;%1&apos; debe ser una lista de nombres, cada uno en texto simple</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with a time-zone offset, such as 2024-05-01T09:30:00+02:00: &apos;%2&apos;</source>
        <translation>&apos;%1&apos; no es una fecha y hora con desfase horario, como 2024-05-01T09:30:00+02:00: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the file has no front matter: all of it became the body</source>
        <translation>el archivo no tiene cabecera (front matter): todo su contenido pasó a ser el cuerpo</translation>
    </message>
    <message>
        <source>the file has no front matter: its first heading became the headline</source>
        <translation>el archivo no tiene cabecera (front matter): su primer encabezado pasó a ser el titular</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (%1)</source>
        <translation>la cabecera (front matter) no es YAML válido (%1)</translation>
    </message>
    <message>
        <source>the front matter must be &apos;key: value&apos; lines</source>
        <translation>la cabecera (front matter) debe estar formada por líneas &apos;clave: valor&apos;</translation>
    </message>
    <message>
        <source>a front-matter key must be a single word, not a list or a mapping</source>
        <translation>una clave de la cabecera debe ser una sola palabra, no una lista ni un diccionario</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation>la clave &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>the front matter could not be read in order</source>
        <translation>no se pudo leer la cabecera (front matter) en orden</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use one of: %2)</source>
        <translation>estado desconocido &apos;%1&apos; (use uno de: %2)</translation>
    </message>
    <message>
        <source>line %1: unknown key &apos;%2&apos; kept</source>
        <translation>línea %1: clave desconocida &apos;%2&apos; conservada</translation>
    </message>
    <message>
        <source>the front matter that starts here has no closing &apos;---&apos; line</source>
        <translation>a la cabecera (front matter) que empieza aquí le falta la línea &apos;---&apos; de cierre</translation>
    </message>
    <message>
        <source>&apos;dek_waived&apos; must be true or false, not &apos;%1&apos;</source>
        <translation>&apos;dek_waived&apos; debe ser true o false, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>line(s) %1: bytes that are not UTF-8 text were replaced with �</source>
        <translation>línea(s) %1: los bytes que no eran texto UTF-8 se sustituyeron por �</translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation>Lo que ha pasado, en una línea</translation>
    </message>
    <message>
        <source>Headline length</source>
        <translation>Longitud del titular</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <source>One or two sentences under the headline</source>
        <translation>Una o dos frases bajo el titular</translation>
    </message>
    <message>
        <source>Dek length</source>
        <translation>Longitud de la entradilla</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>The story, in Markdown</source>
        <translation>El artículo, en Markdown</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Titular:</translation>
    </message>
    <message>
        <source>De&amp;k:</source>
        <translation>&amp;Entradilla:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Cuerpo:</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 characters, %2 over the limit of %3</source>
        <translation>%1 caracteres, %2 por encima del límite de %3</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
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
        <translation>Por %1</translation>
    </message>
    <message>
        <source>First reported by %1.</source>
        <translation>Publicado primero por %1.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
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
        <translation>el URI data: de hero_image no tiene &apos;,&apos; antes de sus datos</translation>
    </message>
    <message>
        <source>the hero_image data: URI is not valid base64</source>
        <translation>el URI data: de hero_image no es base64 válido</translation>
    </message>
    <message>
        <source>the hero_image data: URI</source>
        <translation>el URI data: de hero_image</translation>
    </message>
    <message>
        <source>cannot read the hero image %1: %2</source>
        <translation>no se puede leer la imagen principal %1: %2</translation>
    </message>
    <message>
        <source>the hero image %1 is not an image that Copydesk can read</source>
        <translation>la imagen principal %1 no es una imagen que Copydesk pueda leer</translation>
    </message>
    <message>
        <source>new section &apos;%1&apos; created</source>
        <translation>nueva sección &apos;%1&apos; creada</translation>
    </message>
    <message>
        <source>new tag &apos;%1&apos; created</source>
        <translation>nueva etiqueta &apos;%1&apos; creada</translation>
    </message>
    <message>
        <source>no headline: the file name became the headline</source>
        <translation>sin titular: el nombre del archivo pasó a ser el titular</translation>
    </message>
    <message>
        <source>another story already has the slug &apos;%1&apos; (remove the slug line or change it to import this file as a new story)</source>
        <translation>otro artículo ya tiene el slug &apos;%1&apos; (quite o cambie la línea slug para importar este archivo como un artículo nuevo)</translation>
    </message>
    <message>
        <source>the slug &apos;%1&apos; became &apos;%2&apos;</source>
        <translation>el slug &apos;%1&apos; pasó a ser &apos;%2&apos;</translation>
    </message>
    <message>
        <source>there is no story with the slug &apos;%1&apos;</source>
        <translation>no hay ningún artículo con el slug &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>hero_alt, hero_caption and hero_credit were left out: there is no hero_image</source>
        <translation>se omitieron hero_alt, hero_caption y hero_credit: no hay hero_image</translation>
    </message>
    <message>
        <source>%1; Copydesk imports article files of up to %2 MB and %3 lines</source>
        <translation>%1; Copydesk importa archivos de artículo de hasta %2 MB y %3 líneas</translation>
    </message>
    <message>
        <source>the file is %1 MB</source>
        <translation>el archivo ocupa %1 MB</translation>
    </message>
    <message>
        <source>the file has %1 lines</source>
        <translation>el archivo tiene %1 líneas</translation>
    </message>
</context>
<context>
    <name>AuthorsPage</name>
    <message>
        <source>&amp;Add Author</source>
        <translation>&amp;Añadir autor</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>One-line bio</source>
        <translation>Biografía de una línea</translation>
    </message>
    <message>
        <source>The authors could not be read.</source>
        <translation>No se pudieron leer los autores.</translation>
    </message>
    <message>
        <source>The authors were not saved.</source>
        <translation>Los autores no se guardaron.</translation>
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
        <translation>Uso: copydesk check SLUG [--json] [--database RUTA]

Ejecuta la lista de comprobación previa a la publicación sobre el artículo con este
slug: titular, sección, firma, etiquetas, entradilla, texto alternativo de cada imagen,
enlaces y hora programada. Cada línea dice &apos;fail&apos; (bloquea la publicación), &apos;warn&apos;
(se puede pasar por alto) u &apos;ok&apos;. El código de salida es 0 solo cuando nada falla.

Opciones:
  --json           un objeto JSON: slug, blocked e items (check, severity, title,
                   message, line)
  --database RUTA  usar la base de datos de RUTA
</translation>
    </message>
    <message>
        <source>check: unknown option &apos;%1&apos;</source>
        <translation>check: opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>check: name the slug of the story to check</source>
        <translation>check: indique el slug del artículo que quiere comprobar</translation>
    </message>
    <message>
        <source>check: unexpected argument &apos;%1&apos;</source>
        <translation>check: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>check: there is no story with the slug &apos;%1&apos;</source>
        <translation>check: no hay ningún artículo con el slug &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Not ready to publish. Problems to fix: %1.</source>
        <translation>No está listo para publicar. Problemas que corregir: %1.</translation>
    </message>
    <message>
        <source>Ready to publish once the warnings above have been seen. Warnings: %1.</source>
        <translation>Listo para publicar una vez revisados los avisos anteriores. Avisos: %1.</translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <translation>Listo para publicar.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Must fix</source>
        <translation>Hay que corregir</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Before publishing</source>
        <translation>Antes de publicar</translation>
    </message>
    <message>
        <source>This story cannot be published yet. Fix the items marked “Must fix”; double-click one to go there.</source>
        <translation>Este artículo todavía no se puede publicar. Corrija los elementos marcados como «Hay que corregir»; haga doble clic en uno para ir a él.</translation>
    </message>
    <message>
        <source>Nothing blocks publishing, but check the warnings below first.</source>
        <translation>Nada impide publicar, pero revise antes los avisos de abajo.</translation>
    </message>
    <message>
        <source>Everything is ready to publish.</source>
        <translation>Todo está listo para publicar.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
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
        <translation>Publicar de &amp;todos modos</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
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
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Ninguno elegido</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>copydesk: %1</source>
        <translation>copydesk: %1</translation>
    </message>
    <message>
        <source>(details: %1)</source>
        <translation>(detalles: %1)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;copydesk --help&apos;.</source>
        <translation>Pruebe &apos;copydesk --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>List the stories, newest change first</source>
        <translation>Listar los artículos, el último modificado primero</translation>
    </message>
    <message>
        <source>Import article files and print their slugs</source>
        <translation>Importar archivos de artículo e imprimir sus slugs</translation>
    </message>
    <message>
        <source>List, rename and merge tags</source>
        <translation>Listar, renombrar y fusionar etiquetas</translation>
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
        <translation>Uso: copydesk [--database RUTA] [ARCHIVO.md]
     copydesk [--database RUTA] ORDEN [OPCIONES]

Copydesk es un editor de redacción. Sin una orden abre su ventana.

Opciones:
  --database RUTA  usar la base de datos de RUTA en lugar de la predeterminada
                   (%1)
  --version        mostrar la versión y salir
  -h, --help       mostrar esta ayuda y salir

Órdenes:
</translation>
    </message>
    <message>
        <source>
Run &apos;copydesk COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Ejecute &apos;copydesk ORDEN --help&apos; para ver las opciones de una orden.
</translation>
    </message>
    <message>
        <source>Write one story to stdout as Markdown, HTML or ninjs</source>
        <translation>Escribir un artículo en la salida estándar como Markdown, HTML o ninjs</translation>
    </message>
    <message>
        <source>Run the pre-publish checklist on a story</source>
        <translation>Ejecutar la lista de comprobación previa a la publicación sobre un artículo</translation>
    </message>
    <message>
        <source>Add, list and remove publishing targets</source>
        <translation>Añadir, listar y quitar destinos de publicación</translation>
    </message>
    <message>
        <source>Publish a story to a target (after the checklist)</source>
        <translation>Publicar un artículo en un destino (tras la lista de comprobación)</translation>
    </message>
    <message>
        <source>Take a story off a target</source>
        <translation>Retirar un artículo de un destino</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The keychain holds no password or token for “%1”. Enter it again in the target&apos;s settings.</source>
        <translation>El llavero no guarda ninguna contraseña ni token para «%1». Vuelva a introducirlo en la configuración del destino.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and try again.</source>
        <translation>El llavero denegó el acceso. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain could not delete the password of “%1”.</source>
        <translation>El llavero no pudo eliminar la contraseña de «%1».</translation>
    </message>
    <message>
        <source>No keychain is available. Copydesk keeps publishing passwords and tokens only in the system keychain (GNOME Keyring, KWallet or another Secret Service), and none answered. Start or unlock it and try again; until then nothing is stored and publishing to this target is off.</source>
        <translation>No hay ningún llavero disponible. Copydesk guarda las contraseñas y los tokens de publicación solo en el llavero del sistema (GNOME Keyring, KWallet u otro servicio Secret Service), y ninguno respondió. Inícielo o desbloquéelo y vuelva a intentarlo; hasta entonces no se guarda nada y la publicación en este destino queda desactivada.</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versión más reciente</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Versión anterior</translation>
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
            <numerusform>Hay demasiados cambios para mostrarlos todos: no se muestra %n más.</numerusform>
            <numerusform>Hay demasiados cambios para mostrarlos todos: no se muestran %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Sin diferencias.</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <extracomment>Lists the fields a diff did not change; %1 is &quot;Section, Dek, …&quot;</extracomment>
        <translation>Sin cambios: %1</translation>
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
        <translation>Ese archivo no puede ser la imagen principal.</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>No se pegó nada.</translation>
    </message>
    <message>
        <source>The word was added for now, but could not be kept for next time.</source>
        <translation>La palabra se añadió por ahora, pero no se pudo guardar para la próxima vez.</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>The desk already has “%1”. Use it instead of “%2”?</source>
        <translation>La redacción ya tiene «%1». ¿Usarla en lugar de «%2»?</translation>
    </message>
    <message>
        <source>There is no tag “%1” yet. Create it for every story to use?</source>
        <translation>Todavía no hay ninguna etiqueta «%1». ¿Crearla para todos los artículos?</translation>
    </message>
    <message>
        <source>The tag could not be created.</source>
        <translation>No se pudo crear la etiqueta.</translation>
    </message>
    <message>
        <source>Choose the Hero Image</source>
        <translation>Elegir la imagen principal</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Insertar imagen</translation>
    </message>
    <message>
        <source>That file cannot be inserted.</source>
        <translation>Ese archivo no se puede insertar.</translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it:</source>
        <translation>Describa la imagen para los lectores que no pueden verla:</translation>
    </message>
    <message>
        <source>The image could not be stored with the story.</source>
        <translation>No se pudo guardar la imagen con el artículo.</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>No se pudo leer la imagen.</translation>
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
        <translation>export: opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>export: name the slug of the story to export</source>
        <translation>export: indique el slug del artículo que quiere exportar</translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos;</source>
        <translation>export: argumento inesperado &apos;%1&apos;</translation>
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
        <translation>Uso: copydesk export [--format markdown|html|ninjs] SLUG [--database RUTA]

Escribe el artículo con este slug en la salida estándar.

Opciones:
  --format FORMATO  markdown (el predeterminado): un archivo de artículo que
                    &apos;copydesk import&apos; vuelve a leer, con la imagen principal
                    dentro como URI data:;
                    html: una página web independiente;
                    ninjs: un documento JSON IPTC ninjs 2.1, como el que se
                    envía a los destinos ninjs
  --database RUTA   usar la base de datos de RUTA
</translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (use markdown, html or ninjs)</source>
        <translation>export: formato desconocido &apos;%1&apos; (use markdown, html o ninjs)</translation>
    </message>
    <message>
        <source>export: there is no story with the slug &apos;%1&apos;</source>
        <translation>export: no hay ningún artículo con el slug &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Import Article Files…</source>
        <translation>&amp;Importar archivos de artículo…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Exportar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Exportar como &amp;HTML…</translation>
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
        <translation>Importar archivos de artículo</translation>
    </message>
    <message>
        <source>Article files (*.md *.markdown);;All files (*)</source>
        <translation>Archivos de artículo (*.md *.markdown);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some files could not be imported; nothing of them was kept.</source>
        <translation>Algunos archivos no se pudieron importar; no se conservó nada de ellos.</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Exportar como HTML</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exportar como Markdown</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Article files (*.md)</source>
        <translation>Archivos de artículo (*.md)</translation>
    </message>
    <message>
        <source>The story could not be exported.</source>
        <translation>No se pudo exportar el artículo.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
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
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Palabras &amp;completas</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Reemplazar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Find in the body</source>
        <translation>Buscar en el cuerpo</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>1 replaced</source>
        <translation>1 reemplazo</translation>
    </message>
    <message>
        <source>%1 replaced</source>
        <translation>%1 reemplazos</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Use a web address (https://…) or an email address.</source>
        <translation>Use una dirección web (https://…) o una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Enlace…</translation>
    </message>
    <message>
        <source>Link to a web page</source>
        <translation>Enlazar a una página web</translation>
    </message>
    <message>
        <source>&amp;Subhead</source>
        <translation>&amp;Ladillo</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>Ladillo</translation>
    </message>
    <message>
        <source>&amp;Minor subhead</source>
        <translation>Ladillo &amp;secundario</translation>
    </message>
    <message>
        <source>Minor subhead</source>
        <translation>Ladillo secundario</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>Ci&amp;ta</translation>
    </message>
    <message>
        <source>Block quote or pull quote</source>
        <translation>Cita en bloque o destacado</translation>
    </message>
    <message>
        <source>B&amp;ulleted list</source>
        <translation>Lista con &amp;viñetas</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>Lista n&amp;umerada</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation>I&amp;magen…</translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation>Insertar una imagen</translation>
    </message>
    <message>
        <source>&amp;Horizontal rule</source>
        <translation>&amp;Línea horizontal</translation>
    </message>
    <message>
        <source>Horizontal rule</source>
        <translation>Línea horizontal</translation>
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
        <translation>El archivo está vacío, así que no es una imagen.</translation>
    </message>
    <message>
        <source>The image is %1; the largest a hero image can be is %2.</source>
        <translation>La imagen ocupa %1; una imagen principal puede ocupar como máximo %2.</translation>
    </message>
    <message>
        <source>This is not an image (it looks like %1). Choose a PNG, JPEG, GIF or WebP file.</source>
        <translation>Esto no es una imagen (parece %1). Elija un archivo PNG, JPEG, GIF o WebP.</translation>
    </message>
    <message>
        <source>%1 images cannot be shown on the site. Choose a PNG, JPEG, GIF or WebP file.</source>
        <translation>Las imágenes %1 no se pueden mostrar en el sitio. Elija un archivo PNG, JPEG, GIF o WebP.</translation>
    </message>
    <message>
        <source>The image cannot be read: %1.</source>
        <translation>No se puede leer la imagen: %1.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Hero image</source>
        <translation>Imagen principal</translation>
    </message>
    <message>
        <source>Click to choose an image; paste (%1) or drop one here; Delete removes it</source>
        <translation>Haga clic para elegir una imagen; pegue una (%1) o suéltela aquí; Supr la quita</translation>
    </message>
    <message>
        <source>Choose hero image</source>
        <translation>Elegir la imagen principal</translation>
    </message>
    <message>
        <source>Paste hero image</source>
        <translation>Pegar la imagen principal</translation>
    </message>
    <message>
        <source>Remove hero image</source>
        <translation>Quitar la imagen principal</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>Required to publish</source>
        <translation>Obligatorio para publicar</translation>
    </message>
    <message>
        <source>Required: what the image shows</source>
        <translation>Obligatorio: lo que muestra la imagen</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Photographer / agency</source>
        <translation>Fotógrafo / agencia</translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation>Te&amp;xto alternativo:</translation>
    </message>
    <message>
        <source>Capt&amp;ion:</source>
        <translation>Pie de f&amp;oto:</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>C&amp;rédito:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no image to paste.</source>
        <translation>No hay ninguna imagen que pegar.</translation>
    </message>
    <message>
        <source>Only images on this computer can be used; download the image first.</source>
        <translation>Solo se pueden usar imágenes de este ordenador; descargue primero la imagen.</translation>
    </message>
    <message>
        <source>%1 is %2; the largest a hero image can be is %3.</source>
        <translation>%1 ocupa %2; una imagen principal puede ocupar como máximo %3.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>There is no image on the clipboard.</source>
        <translation>No hay ninguna imagen en el portapapeles.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>The story cannot be published until the image has alt text.</source>
        <translation>El artículo no se puede publicar hasta que la imagen tenga texto alternativo.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show the story&apos;s revisions, what changed between them, and restore one</source>
        <translation>Mostrar las revisiones del artículo y lo que cambió entre ellas, y restaurar una</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>Restaurar la revisión</translation>
    </message>
    <message>
        <source>The revision could not be restored.</source>
        <translation>No se pudo restaurar la revisión.</translation>
    </message>
    <message>
        <source>Revision restored; the text before it is kept in the history.</source>
        <translation>Revisión restaurada; el texto anterior se conserva en el historial.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Restore</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A status change in the history: &quot;Draft → In review&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Restored from a revision since deleted</source>
        <translation>Restaurado a partir de una revisión ya eliminada</translation>
    </message>
    <message>
        <source>Restored from the revision of %1</source>
        <translation>Restaurado a partir de la revisión del %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Side by si&amp;de</source>
        <translation>En &amp;paralelo</translation>
    </message>
    <message>
        <source>Show change &amp;marks</source>
        <translation>Mostrar las &amp;marcas de cambio</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>&amp;Restaurar esta revisión</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Write [-deleted-] and {+inserted+} around changes, for screen readers and print</source>
        <translation>Escribir [-eliminado-] y {+insertado+} alrededor de los cambios, para lectores de pantalla e impresión</translation>
    </message>
    <message>
        <source>Make this revision&apos;s words the story&apos;s text again; the current text stays in the history</source>
        <translation>Recuperar el texto de esta revisión como texto del artículo; el texto actual se conserva en el historial</translation>
    </message>
    <message>
        <source>No story is open.</source>
        <translation>No hay ningún artículo abierto.</translation>
    </message>
    <message>
        <source>Choose a revision to see what changed since, or two (with Ctrl) to compare them.</source>
        <translation>Elija una revisión para ver qué ha cambiado desde entonces, o dos (con Ctrl) para compararlas.</translation>
    </message>
    <message>
        <source>Changes from the revision of %1 to the text in the editor</source>
        <translation>Cambios desde la revisión del %1 hasta el texto del editor</translation>
    </message>
    <message>
        <source>Changes from the revision of %1 to the revision of %2</source>
        <translation>Cambios desde la revisión del %1 hasta la revisión del %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>The revisions could not be read.</source>
        <translation>No se pudieron leer las revisiones.</translation>
    </message>
    <message>
        <source>Publishing attempts</source>
        <translation>Intentos de publicación</translation>
    </message>
    <message>
        <source>P&amp;ublishing attempts</source>
        <translation>I&amp;ntentos de publicación</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 refused the connection; the site may be down.</source>
        <translation>%1 rechazó la conexión; puede que el sitio no esté disponible.</translation>
    </message>
    <message>
        <source>The server %1 was not found; check the target&apos;s address.</source>
        <translation>No se encontró el servidor %1; compruebe la dirección del destino.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted (expired, self-signed or made for another name). Nothing was sent.</source>
        <translation>La conexión segura con %1 falló: su certificado no es de confianza (caducado, autofirmado o emitido para otro nombre). No se envió nada.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>%1 redirected the request somewhere Copydesk will not follow.</source>
        <translation>%1 redirigió la petición a una dirección a la que Copydesk no la sigue.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Falló la conexión con %1.</translation>
    </message>
    <message>
        <source>The site answered: %1 (HTTP %2)</source>
        <translation>El sitio respondió: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>The site refused the credentials (HTTP %1); check the user and its password.</source>
        <translation>El sitio rechazó las credenciales (HTTP %1); compruebe el usuario y su contraseña.</translation>
    </message>
    <message>
        <source>The site has no such address (HTTP 404); check the target&apos;s URL.</source>
        <translation>El sitio no tiene esa dirección (HTTP 404); compruebe la URL del destino.</translation>
    </message>
    <message>
        <source>The site asks us to slow down (HTTP 429); it will be tried again later.</source>
        <translation>El sitio pide que se reduzca el ritmo (HTTP 429); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The site had an internal problem (HTTP %1 %2); it will be tried again later.</source>
        <translation>El sitio tuvo un problema interno (HTTP %1 %2); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The site answered HTTP %1 %2.</source>
        <translation>El sitio respondió HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The site redirected to another server (%1); Copydesk does not send the credentials there. Check the target&apos;s URL.</source>
        <translation>El sitio redirigió a otro servidor (%1); Copydesk no envía allí las credenciales. Compruebe la URL del destino.</translation>
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
        <translation>Uso: copydesk import ARCHIVO... [--database RUTA]

Importa archivos de artículo (Markdown con una cabecera front matter) e imprime el slug
de cada artículo, uno por línea. Un archivo ya importado no se vuelve a importar: se
imprime el slug de su artículo y stderr indica que se ha reabierto. Los avisos (claves
desconocidas conservadas, secciones o etiquetas nuevas) van a stderr. Cada archivo se
importa entero o nada.

Opciones:
  --database RUTA  usar la base de datos de RUTA
</translation>
    </message>
    <message>
        <source>import: unknown option &apos;%1&apos;</source>
        <translation>import: opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>import: name at least one file to import</source>
        <translation>import: indique al menos un archivo que importar</translation>
    </message>
    <message>
        <source>copydesk: %1: %2</source>
        <translation>copydesk: %1: %2</translation>
    </message>
    <message>
        <source>copydesk: %1 was imported before; not imported again (story &apos;%2&apos;)</source>
        <translation>copydesk: %1 ya se importó; no se vuelve a importar (artículo &apos;%2&apos;)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Menus, dialogs and messages use this language from the next start. How the preview shows dates is set by the publication&apos;s locale.</source>
        <translation>Los menús, diálogos y mensajes usan este idioma a partir del próximo inicio. Cómo muestra la vista previa las fechas lo decide la configuración regional de la publicación.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list: unknown option &apos;%1&apos;</source>
        <translation>list: opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>list: unexpected argument &apos;%1&apos;</source>
        <translation>list: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>list: unknown status &apos;%1&apos; (use one of: %2)</source>
        <translation>list: estado desconocido &apos;%1&apos; (use uno de: %2)</translation>
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
        <translation>Uso: copydesk list [--status ESTADO] [--search PALABRAS] [--tag ETIQUETA] [--json] [--database RUTA]

Lista los artículos, el último modificado primero (con --search, el que mejor coincide
primero): slug, estado y titular, separados por tabuladores.

Opciones:
  --status ESTADO    solo los artículos con este estado (%1); repítalo o sepárelos
                     con comas para indicar varios
  --search PALABRAS  solo los artículos con estas palabras en el titular, la
                     entradilla, el cuerpo, las etiquetas, la firma o la atribución;
                     &quot;palabras entre comillas&quot; forman una frase y palabra* un prefijo
  --tag ETIQUETA     solo los artículos con esta etiqueta (su nombre, sin importar
                     mayúsculas y minúsculas)
  --json             imprimir una matriz JSON de objetos con slug, headline, status,
                     section, byline, words y updated (ISO 8601, UTC); con --search,
                     también snippet (las palabras encontradas [entre corchetes])
  --database RUTA    usar la base de datos de RUTA
</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stories</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>The story list could not be read.</source>
        <translation>No se pudo leer la lista de artículos.</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Nuevo artículo</translation>
    </message>
    <message>
        <source>Start a new story</source>
        <translation>Empezar un artículo nuevo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Store the story now (it is also saved as you type)</source>
        <translation>Guardar el artículo ahora (también se guarda mientras escribe)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Focus on the Paragraph</source>
        <translation>&amp;Centrarse en el párrafo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Dim everything but the paragraph being written</source>
        <translation>Atenuar todo menos el párrafo que se está escribiendo</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>Mostrar la &amp;vista previa</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Show the story as the site will</source>
        <translation>Mostrar el artículo como lo mostrará el sitio</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Show &amp;All Stories</source>
        <translation>Mostrar &amp;todos los artículos</translation>
    </message>
    <message>
        <source>Add a Tag to the Selected Stories…</source>
        <translation>Añadir una etiqueta a los artículos seleccionados…</translation>
    </message>
    <message>
        <source>Remove a Tag from the Selected Stories…</source>
        <translation>Quitar una etiqueta de los artículos seleccionados…</translation>
    </message>
    <message>
        <source>Undo Tag Change</source>
        <translation>Deshacer el cambio de etiqueta</translation>
    </message>
    <message>
        <source>Add a Tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <source>Remove a Tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n story(ies):</source>
        <translation>
            <numerusform>Etiqueta que añadir a %n artículo:</numerusform>
            <numerusform>Etiqueta que añadir a %n artículos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n story(ies):</source>
        <translation>
            <numerusform>Etiqueta que quitar de %n artículo:</numerusform>
            <numerusform>Etiqueta que quitar de %n artículos:</numerusform>
        </translation>
    </message>
    <message>
        <source>The tag was not changed on the stories.</source>
        <translation>La etiqueta no se cambió en los artículos.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” added to %n story(ies).</source>
        <translation>
            <numerusform>«%1» añadida a %n artículo.</numerusform>
            <numerusform>«%1» añadida a %n artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” removed from %n story(ies).</source>
        <translation>
            <numerusform>«%1» quitada de %n artículo.</numerusform>
            <numerusform>«%1» quitada de %n artículos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stories tagged “%1”</source>
        <translation>Artículos con la etiqueta «%1»</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Abrir el enlace</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>¿Abrir %1 en el navegador web?</translation>
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
        <translation>No se pudo guardar el artículo. Su texto sigue en el editor.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>The new story could not be created.</source>
        <translation>No se pudo crear el artículo nuevo.</translation>
    </message>
    <message>
        <source>Close Copydesk</source>
        <translation>Cerrar Copydesk</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: %1</source>
        <translation>No se pudieron guardar sus últimos cambios: %1</translation>
    </message>
    <message>
        <source>Close anyway and lose them, or go back to the story?</source>
        <translation>¿Cerrar de todos modos y perderlos, o volver al artículo?</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation>No se pudo abrir el artículo.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>The stories could not be searched.</source>
        <translation>No se pudo buscar en los artículos.</translation>
    </message>
    <message>
        <source>Sto&amp;ry</source>
        <translation>Ar&amp;tículo</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
</context>
<context>
    <name>MarkdownBody</name>
    <message>
        <source>[Image not shown: the page shows only the article&apos;s own images.]</source>
        <translation>[Imagen no mostrada: la página solo muestra las imágenes propias del artículo.]</translation>
    </message>
    <message>
        <source>(nested too deeply to show)</source>
        <translation>(anidado a demasiada profundidad para mostrarlo)</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>No Suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar «%1»</translation>
    </message>
</context>
<context>
    <name>NinjsEndpoint</name>
    <message>
        <source>Sending the ninjs document…</source>
        <translation>Enviando el documento ninjs…</translation>
    </message>
</context>
<context>
    <name>PasteConverter</name>
    <message>
        <source>This paste is larger than the %1 MB an article can hold, so nothing was pasted.</source>
        <translation>Lo pegado supera los %1 MB que puede contener un artículo, así que no se pegó nada.</translation>
    </message>
    <message>
        <source>Pictures can&apos;t be pasted into the text. Use Insert Image, or set the hero image.</source>
        <translation>No se pueden pegar imágenes en el texto. Use «Insertar imagen» o establezca la imagen principal.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Phone</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Preview at a phone&apos;s width</source>
        <translation>Vista previa con el ancho de un móvil</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Preview at a desktop&apos;s width</source>
        <translation>Vista previa con el ancho de un escritorio</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Only an editor may change roles.</source>
        <translation>Solo un editor puede cambiar los roles.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Writes as:</source>
        <translation>&amp;Firma como:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;People on the desk:</source>
        <translation>&amp;Personas de la redacción:</translation>
    </message>
    <message>
        <source>Your profile was not saved.</source>
        <translation>No se guardó su perfil.</translation>
    </message>
    <message>
        <source>The role of %1 was not changed.</source>
        <translation>No se cambió el rol de %1.</translation>
    </message>
    <message>
        <source>Your profile could not be read again.</source>
        <translation>No se pudo volver a leer su perfil.</translation>
    </message>
</context>
<context>
    <name>PublicationPage</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Tagline:</source>
        <translation>&amp;Lema:</translation>
    </message>
    <message>
        <source>&amp;Home city:</source>
        <translation>&amp;Ciudad sede:</translation>
    </message>
    <message>
        <source>&amp;Locale:</source>
        <translation>Configuración &amp;regional:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>The publication was not saved.</source>
        <translation>No se guardó la publicación.</translation>
    </message>
    <message>
        <source>“%1” is not a locale Copydesk knows.</source>
        <translation>«%1» no es una configuración regional que Copydesk conozca.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone Copydesk knows.</source>
        <translation>«%1» no es una zona horaria que Copydesk conozca.</translation>
    </message>
</context>
<context>
    <name>PublishChecklist</name>
    <message>
        <source>Alt text of image %1</source>
        <translation>Texto alternativo de la imagen %1</translation>
    </message>
    <message>
        <source>Image %1 in the body (line %2) has no alt text. Describe what it shows between the brackets: ![what the picture shows](…).</source>
        <translation>La imagen %1 del cuerpo (línea %2) no tiene texto alternativo. Describa lo que muestra entre los corchetes: ![lo que muestra la imagen](…).</translation>
    </message>
    <message>
        <source>Link without address</source>
        <translation>Enlace sin dirección</translation>
    </message>
    <message>
        <source>The link “%1” on line %2 of the body has no address. Put it between the parentheses, or remove the link.</source>
        <translation>El enlace «%1» de la línea %2 del cuerpo no tiene dirección. Póngala entre los paréntesis o quite el enlace.</translation>
    </message>
    <message>
        <source>Link without text</source>
        <translation>Enlace sin texto</translation>
    </message>
    <message>
        <source>The link to %1 on line %2 of the body has no text, so readers cannot see or click it. Write its words between the brackets.</source>
        <translation>El enlace a %1 de la línea %2 del cuerpo no tiene texto, así que los lectores no pueden verlo ni hacer clic en él. Escriba sus palabras entre los corchetes.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>The story has no headline. Write one.</source>
        <translation>El artículo no tiene titular. Escriba uno.</translation>
    </message>
    <message>
        <source>The headline is %1 characters; search results show about %2. Consider shortening it.</source>
        <translation>El titular tiene %1 caracteres; los resultados de búsqueda muestran unos %2. Considere acortarlo.</translation>
    </message>
    <message>
        <source>The story has a headline.</source>
        <translation>El artículo tiene titular.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Choose the section the story belongs in.</source>
        <translation>Elija la sección a la que pertenece el artículo.</translation>
    </message>
    <message>
        <source>The story has a section.</source>
        <translation>El artículo tiene sección.</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Add at least one author to the byline.</source>
        <translation>Añada al menos un autor a la firma.</translation>
    </message>
    <message>
        <source>The story has a byline.</source>
        <translation>El artículo tiene firma.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Add at least one tag, so readers can find the story.</source>
        <translation>Añada al menos una etiqueta para que los lectores puedan encontrar el artículo.</translation>
    </message>
    <message>
        <source>The story has tags.</source>
        <translation>El artículo tiene etiquetas.</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Entradilla</translation>
    </message>
    <message>
        <source>The dek is %1 characters; keep it under %2, one or two sentences.</source>
        <translation>La entradilla tiene %1 caracteres; manténgala por debajo de %2, en una o dos frases.</translation>
    </message>
    <message>
        <source>The story has a dek.</source>
        <translation>El artículo tiene entradilla.</translation>
    </message>
    <message>
        <source>No dek: waived by the desk.</source>
        <translation>Sin entradilla: la redacción ha decidido prescindir de ella.</translation>
    </message>
    <message>
        <source>Write a one- or two-sentence dek under the headline, or mark the story as going out without one (waive the dek).</source>
        <translation>Escriba bajo el titular una entradilla de una o dos frases, o marque que el artículo sale sin ella (prescindir de la entradilla).</translation>
    </message>
    <message>
        <source>Hero image</source>
        <translation>Imagen principal</translation>
    </message>
    <message>
        <source>The story has no hero image; it will go out without a picture at the top.</source>
        <translation>El artículo no tiene imagen principal; saldrá sin foto en la parte superior.</translation>
    </message>
    <message>
        <source>Alt text of the hero image</source>
        <translation>Texto alternativo de la imagen principal</translation>
    </message>
    <message>
        <source>The hero image has no alt text. Describe what the picture shows in its Alt text field.</source>
        <translation>La imagen principal no tiene texto alternativo. Describa lo que muestra la imagen en su campo «Texto alternativo».</translation>
    </message>
    <message>
        <source>The hero image has alt text.</source>
        <translation>La imagen principal tiene texto alternativo.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>The body is empty. Write the story.</source>
        <translation>El cuerpo está vacío. Escriba el artículo.</translation>
    </message>
    <message>
        <source>Alt text of images in the body</source>
        <translation>Texto alternativo de las imágenes del cuerpo</translation>
    </message>
    <message>
        <source>Every image in the body has alt text.</source>
        <translation>Todas las imágenes del cuerpo tienen texto alternativo.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Every link has text and an address.</source>
        <translation>Todos los enlaces tienen texto y dirección.</translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation>Hora programada</translation>
    </message>
    <message>
        <source>The scheduled time (%1) has passed. Set a time in the future, or clear it to publish now.</source>
        <translation>La hora programada (%1) ya ha pasado. Fije una hora futura o bórrela para publicar ahora.</translation>
    </message>
    <message>
        <source>The story is scheduled for %1.</source>
        <translation>El artículo está programado para %1.</translation>
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
        <translation>Uso: copydesk publish SLUG --target NOMBRE [--accept-warnings] [--overwrite] [--database RUTA]

Ejecuta la lista de comprobación previa a la publicación y después publica el artículo
en el destino. Código de salida 0 solo cuando el artículo está publicado o programado.

Opciones:
  --target NOMBRE    el destino de publicación (&apos;copydesk targets list&apos;)
  --accept-warnings  continuar aunque la lista de comprobación tenga avisos
  --overwrite        sustituir los cambios hechos en el sitio desde la última
                     publicación
  --database RUTA    usar la base de datos de RUTA
</translation>
    </message>
    <message>
        <source>Usage: copydesk unpublish SLUG --target NAME [--database PATH]

Takes the story off the target (back to draft there).
</source>
        <translation>Uso: copydesk unpublish SLUG --target NOMBRE [--database RUTA]

Retira el artículo del destino (allí vuelve a ser un borrador).
</translation>
    </message>
    <message>
        <source>%1: name the slug of one story</source>
        <translation>%1: indique el slug de un artículo</translation>
    </message>
    <message>
        <source>%1: name the target with --target NAME</source>
        <translation>%1: indique el destino con --target NOMBRE</translation>
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
        <translation>publish: la lista de comprobación impide publicar; corrija los elementos de arriba</translation>
    </message>
    <message>
        <source>publish: the checklist has warnings; look at them, then run again with --accept-warnings</source>
        <translation>publish: la lista de comprobación tiene avisos; revíselos y vuelva a ejecutar con --accept-warnings</translation>
    </message>
    <message>
        <source>copydesk: %1 is still waiting to be sent (job %2); the app sends it when the site answers.</source>
        <translation>copydesk: %1 sigue pendiente de envío (trabajo %2); la aplicación lo enviará cuando el sitio responda.</translation>
    </message>
    <message>
        <source>copydesk: %1; trying again</source>
        <translation>copydesk: %1; se vuelve a intentar</translation>
    </message>
    <message>
        <source>%1: %2 Run again with --overwrite to replace them.</source>
        <translation>%1: %2 Vuelva a ejecutarlo con --overwrite para sustituirlos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>copydesk: the story&apos;s status could not be stored: %1</source>
        <translation>copydesk: no se pudo guardar el estado del artículo: %1</translation>
    </message>
</context>
<context>
    <name>PublishController</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation>&amp;Despublicar…</translation>
    </message>
    <message>
        <source>Run the checklist, then publish the story to the site (Ctrl+Alt+P)</source>
        <translation>Ejecutar la lista de comprobación y después publicar el artículo en el sitio (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish to:</source>
        <translation>Publicar en:</translation>
    </message>
    <message>
        <source>Edited on the site</source>
        <translation>Editado en el sitio</translation>
    </message>
    <message>
        <source>Overwrite the changes made on the site?</source>
        <translation>¿Sobrescribir los cambios hechos en el sitio?</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Where the story is on the site</source>
        <translation>Dónde está el artículo en el sitio</translation>
    </message>
    <message>
        <source>The story is not on any site.</source>
        <translation>El artículo no está publicado en ningún sitio.</translation>
    </message>
    <message>
        <source>No publishing target is set up yet. Add one with &apos;copydesk targets add NAME --kind wordpress --url URL --user USER&apos;.</source>
        <translation>Todavía no hay ningún destino de publicación configurado. Añada uno con &apos;copydesk targets add NOMBRE --kind wordpress --url URL --user USUARIO&apos;.</translation>
    </message>
    <message>
        <source>Only an editor may publish.</source>
        <translation>Solo un editor puede publicar.</translation>
    </message>
    <message>
        <source>Only an editor may unpublish.</source>
        <translation>Solo un editor puede despublicar.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publicando en %1…</translation>
    </message>
    <message>
        <source>Taking the story off %1…</source>
        <translation>Retirando el artículo de %1…</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Programado: %1</translation>
    </message>
    <message>
        <source>Taken off the site.</source>
        <translation>Retirado del sitio.</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Publicado: %1</translation>
    </message>
    <message>
        <source>%1 Will try again at %2.</source>
        <translation>%1 Se volverá a intentar a las %2.</translation>
    </message>
    <message>
        <source>Not published: the site&apos;s edits were kept.</source>
        <translation>No publicado: se conservaron los cambios hechos en el sitio.</translation>
    </message>
    <message>
        <source>Only an editor may publish</source>
        <translation>Solo un editor puede publicar</translation>
    </message>
</context>
<context>
    <name>PublishLogModel</name>
    <message>
        <source>(removed target)</source>
        <translation>(destino eliminado)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <extracomment>The HTTP status code the site answered a publishing attempt with</extracomment>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>PublishQueue</name>
    <message numerus="yes">
        <source>Given up after %n attempts: %1</source>
        <translation>
            <numerusform>Abandonado tras %n intento: %1</numerusform>
            <numerusform>Abandonado tras %n intentos: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishedStatus</name>
    <message>
        <source>Taken off %1</source>
        <translation>Retirado de %1</translation>
    </message>
    <message>
        <source>Published to %1</source>
        <translation>Publicado en %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>SampleNewsroom</name>
    <message>
        <source>The sample newsroom could not be read.</source>
        <translation>No se pudo leer la redacción de ejemplo.</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <source>The sections could not be read.</source>
        <translation>No se pudieron leer las secciones.</translation>
    </message>
    <message>
        <source>Retired: kept by older stories, not offered for new ones</source>
        <translation>Retirada: la conservan los artículos antiguos, pero ya no se ofrece para los nuevos</translation>
    </message>
    <message>
        <source>retired</source>
        <extracomment>Spoken for a retired section in the list (screen readers do not see the italics)</extracomment>
        <translation>retirada</translation>
    </message>
    <message>
        <source>&amp;Bring Back</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>The sections were not saved.</source>
        <translation>Las secciones no se guardaron.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Your profile and the desk’s publication, sections and authors</source>
        <translation>Su perfil y la publicación, las secciones y los autores de la redacción</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>The database is read-only: settings are shown, not changed.</source>
        <translation>La base de datos es de solo lectura: la configuración se muestra, pero no se puede cambiar.</translation>
    </message>
    <message>
        <source>Only an editor may change the desk’s settings; you can change your own name.</source>
        <translation>Solo un editor puede cambiar la configuración de la redacción; usted puede cambiar su propio nombre.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>There is no spelling dictionary for “%1”. Install a hunspell dictionary for it.</source>
        <translation>No hay diccionario ortográfico para «%1». Instale un diccionario de Hunspell para ese idioma.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Despublicado</translation>
    </message>
    <message>
        <source>The database needs an upgrade, but no backup copy could be written next to it, so it was left as it was.</source>
        <translation>La base de datos necesita una actualización, pero no se pudo escribir una copia de seguridad a su lado, así que se dejó como estaba.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created, so the database cannot be opened there.</source>
        <translation>No se puede crear la carpeta %1, así que no se puede abrir allí la base de datos.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>A new database cannot be created in %1: the folder is read-only.</source>
        <translation>No se puede crear una base de datos nueva en %1: la carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is not a Copydesk database (it is not an SQLite file). It was not changed.</source>
        <translation>%1 no es una base de datos de Copydesk (no es un archivo SQLite). No se modificó.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be opened. It was not changed; restore it from a backup.</source>
        <translation>La base de datos %1 está dañada y no se puede abrir. No se modificó; restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Copydesk. It was not changed.</source>
        <translation>%1 es la base de datos de otro programa, no de Copydesk. No se modificó.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Copydesk. Update Copydesk to open it; the file was not changed.</source>
        <translation>%1 lo escribió una versión más reciente de Copydesk. Actualice Copydesk para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Copydesk, but it is read-only.</source>
        <translation>%1 necesita actualizarse a esta versión de Copydesk, pero es de solo lectura.</translation>
    </message>
    <message>
        <source>The database file is read-only; changes cannot be saved.</source>
        <translation>El archivo de la base de datos es de solo lectura; no se pueden guardar los cambios.</translation>
    </message>
    <message>
        <source>The database&apos;s folder is read-only; changes cannot be saved.</source>
        <translation>La carpeta de la base de datos es de solo lectura; no se pueden guardar los cambios.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>No se puede abrir la base de datos %1.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1; it was left at version %2.</source>
        <translation>No se pudo actualizar la base de datos a la versión %1; se quedó en la versión %2.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation>Otro programa está usando la base de datos. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The database is read-only, so the change was not saved.</source>
        <translation>La base de datos es de solo lectura, así que el cambio no se guardó.</translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was written to it; restore it from a backup.</source>
        <translation>El archivo de la base de datos está dañado. No se escribió nada en él; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and save again.</source>
        <translation>El disco está lleno, así que el cambio no se guardó. Libere espacio y vuelva a guardar.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (input/output error).</source>
        <translation>No se pudo leer ni escribir el archivo de la base de datos (error de entrada/salida).</translation>
    </message>
    <message>
        <source>That name is already taken.</source>
        <translation>Ese nombre ya está en uso.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the article and was not saved.</source>
        <translation>El cambio incumple una regla del artículo y no se guardó.</translation>
    </message>
    <message>
        <source>The database could not carry out the change.</source>
        <translation>La base de datos no pudo llevar a cabo el cambio.</translation>
    </message>
    <message>
        <source>Another story already has the web address “%1”. Choose another slug.</source>
        <translation>Otro artículo ya tiene la dirección web «%1». Elija otro slug.</translation>
    </message>
    <message>
        <source>The headline is longer than %1 characters.</source>
        <translation>El titular tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The story was deleted, so it could not be saved.</source>
        <translation>El artículo se eliminó, así que no se pudo guardar.</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>El artículo ya no existe.</translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation>Un autor necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already an author called “%1”.</source>
        <translation>Ya hay un autor llamado «%1».</translation>
    </message>
    <message>
        <source>The author no longer exists.</source>
        <translation>El autor ya no existe.</translation>
    </message>
    <message>
        <source>A dictionary word needs a language and a word.</source>
        <translation>Una palabra del diccionario necesita un idioma y una palabra.</translation>
    </message>
    <message>
        <source>The image is no longer stored with the article.</source>
        <translation>La imagen ya no está guardada con el artículo.</translation>
    </message>
    <message>
        <source>That revision no longer exists.</source>
        <translation>Esa revisión ya no existe.</translation>
    </message>
    <message>
        <source>A section needs a name.</source>
        <translation>Una sección necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a section called “%1”.</source>
        <translation>Ya hay una sección llamada «%1».</translation>
    </message>
    <message>
        <source>There is no section called “%1”.</source>
        <translation>No hay ninguna sección llamada «%1».</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>“%1” is the same tag as the existing “%2”; use that one instead.</source>
        <translation>«%1» es la misma etiqueta que la existente «%2»; use esa.</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>La etiqueta ya no existe.</translation>
    </message>
    <message>
        <source>There is already a tag called “%1” (or with the same web address).</source>
        <translation>Ya hay una etiqueta llamada «%1» (o con la misma dirección web).</translation>
    </message>
    <message>
        <source>There is no tag called “%1”.</source>
        <translation>No hay ninguna etiqueta llamada «%1».</translation>
    </message>
    <message>
        <source>Another tag already has the web address “%1”.</source>
        <translation>Otra etiqueta ya tiene la dirección web «%1».</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge.</source>
        <translation>Elija al menos otra etiqueta que fusionar.</translation>
    </message>
    <message>
        <source>Restored from the revision of %1</source>
        <translation>Restaurado a partir de la revisión del %1</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Se reintentará</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Edited on the site</source>
        <translation>Editado en el sitio</translation>
    </message>
    <message>
        <source>A publishing target needs a name.</source>
        <translation>Un destino de publicación necesita un nombre.</translation>
    </message>
    <message>
        <source>A target&apos;s name cannot start or end with spaces.</source>
        <translation>El nombre de un destino no puede empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <source>A target&apos;s name cannot contain control characters.</source>
        <translation>El nombre de un destino no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>“%1” is not a complete web address; write it like https://example.com/.</source>
        <translation>«%1» no es una dirección web completa; escríbala como https://example.com/.</translation>
    </message>
    <message>
        <source>The address must start with https://: plain http:// would send the password unencrypted. (http:// is allowed only for this computer, e.g. http://127.0.0.1.)</source>
        <translation>La dirección debe empezar por https://: con http:// la contraseña se enviaría sin cifrar. (http:// solo se permite para este ordenador, p. ej. http://127.0.0.1.)</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>La dirección debe empezar por https://.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the address; the password goes to the keychain.</source>
        <translation>Ponga el nombre de usuario en su propio campo, no en la dirección; la contraseña va al llavero.</translation>
    </message>
    <message>
        <source>A WordPress target needs the user name the application password belongs to.</source>
        <translation>Un destino WordPress necesita el nombre del usuario al que pertenece la contraseña de aplicación.</translation>
    </message>
    <message>
        <source>There is already a publishing target called “%1”.</source>
        <translation>Ya hay un destino de publicación llamado «%1».</translation>
    </message>
    <message>
        <source>That publishing target no longer exists.</source>
        <translation>Ese destino de publicación ya no existe.</translation>
    </message>
    <message>
        <source>There is no publishing target called “%1”.</source>
        <translation>No hay ningún destino de publicación llamado «%1».</translation>
    </message>
    <message>
        <source>The target did not say where it stored the story.</source>
        <translation>El destino no indicó dónde guardó el artículo.</translation>
    </message>
    <message>
        <source>That publishing job no longer exists.</source>
        <translation>Ese trabajo de publicación ya no existe.</translation>
    </message>
    <message>
        <source>The story or the publishing target no longer exists.</source>
        <translation>El artículo o el destino de publicación ya no existe.</translation>
    </message>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Una vista guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a view called “%1”.</source>
        <translation>Ya hay una vista llamada «%1».</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Mis borradores</translation>
    </message>
    <message>
        <source>Scheduled today</source>
        <translation>Programados para hoy</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Periodista</translation>
    </message>
    <message>
        <source>There is no one called “%1” on this desk.</source>
        <translation>No hay nadie llamado «%1» en esta redacción.</translation>
    </message>
    <message>
        <source>A person needs a login name.</source>
        <translation>Una persona necesita un nombre de usuario.</translation>
    </message>
    <message>
        <source>Your name cannot be empty.</source>
        <translation>Su nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>Only an editor may change someone’s role.</source>
        <translation>Solo un editor puede cambiar el rol de una persona.</translation>
    </message>
    <message>
        <source>The desk needs at least one editor; make someone else an editor first.</source>
        <translation>La redacción necesita al menos un editor; antes nombre editor a otra persona.</translation>
    </message>
</context>
<context>
    <name>StoryFilterBar</name>
    <message numerus="yes">
        <source>%Ln story(ies)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Updated today</source>
        <translation>Actualizado hoy</translation>
    </message>
    <message>
        <source>Updated in the last 7 days</source>
        <translation>Actualizado en los últimos 7 días</translation>
    </message>
    <message>
        <source>Updated in the last 30 days</source>
        <translation>Actualizado en los últimos 30 días</translation>
    </message>
    <message>
        <source>Updated between…</source>
        <translation>Actualizado entre…</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>Actualizado desde</translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation>Actualizado hasta</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Keep these words and filters as a named view</source>
        <translation>Guardar estas palabras y filtros como una vista con nombre</translation>
    </message>
    <message>
        <source>Name of the view, then Return</source>
        <translation>Nombre de la vista y, después, Intro</translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation>Nombre de la vista</translation>
    </message>
    <message>
        <source>Any section</source>
        <translation>Cualquier sección</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Cualquier autor</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
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
        <translation>(sin titular)</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>actualizado %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>The parts of a story&apos;s tooltip in the story list: status, section, update time</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
</context>
<context>
    <name>TagChipField</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
</context>
<context>
    <name>TagManagerController</name>
    <message>
        <source>The tags were not changed.</source>
        <translation>Las etiquetas no se cambiaron.</translation>
    </message>
    <message>
        <source>The tags could not be put back.</source>
        <translation>No se pudieron restaurar las etiquetas.</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Nombre de la nueva etiqueta:</translation>
    </message>
    <message>
        <source>The tag “%1” already exists; use it instead.</source>
        <translation>La etiqueta «%1» ya existe; úsela.</translation>
    </message>
    <message>
        <source>The tag could not be created.</source>
        <translation>No se pudo crear la etiqueta.</translation>
    </message>
    <message>
        <source>The tag could not be read.</source>
        <translation>No se pudo leer la etiqueta.</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renombrar la etiqueta</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nombre nuevo para «%1»:</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Renombrar «%1» como «%2»</translation>
    </message>
    <message>
        <source>Describe Tag</source>
        <translation>Describir la etiqueta</translation>
    </message>
    <message>
        <source>What “%1” covers, for the desk (not published):</source>
        <translation>Lo que abarca «%1», para la redacción (no se publica):</translation>
    </message>
    <message>
        <source>Describe “%1”</source>
        <translation>Describir «%1»</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionar etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n tag(s) into “%1”? %2 stories will carry “%1” instead.</source>
        <translation>
            <numerusform>¿Fusionar %n etiqueta en «%1»? %2 artículos llevarán «%1» en su lugar.</numerusform>
            <numerusform>¿Fusionar %n etiquetas en «%1»? %2 artículos llevarán «%1» en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into “%1”</source>
        <translation>Fusionar en «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Change the kind of %n tag(s)</source>
        <translation>
            <numerusform>Cambiar el tipo de %n etiqueta</numerusform>
            <numerusform>Cambiar el tipo de %n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>Eliminar etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)? They will be taken off %1 stories.</source>
        <translation>
            <numerusform>¿Eliminar %n etiqueta? Se quitará de %1 artículos.</numerusform>
            <numerusform>¿Eliminar %n etiquetas? Se quitarán de %1 artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)</source>
        <translation>
            <numerusform>Eliminar %n etiqueta</numerusform>
            <numerusform>Eliminar %n etiquetas</numerusform>
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
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Nueva etiqueta…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>De&amp;scribe…</source>
        <translation>&amp;Describir…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>Cambiar el &amp;tipo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Filtrar etiquetas</translation>
    </message>
</context>
<context>
    <name>TagSuggestionBar</name>
    <message>
        <source>Suggested:</source>
        <translation>Sugerencias:</translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation>Etiquetas sugeridas</translation>
    </message>
    <message>
        <source>Add the tag %1</source>
        <translation>Añadir la etiqueta %1</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>Añadir etiqueta %1</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>An older near-duplicate of another tag: merge it into that one.</source>
        <translation>Un casi duplicado antiguo de otra etiqueta: fusiónelo con esa.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Último uso</translation>
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
        <translation>Uso: copydesk tags list [--json] [--database RUTA]
     copydesk tags rename ANTIGUA NUEVA [--database RUTA]
     copydesk tags merge DESDE... EN [--database RUTA]

Lista, renombra y fusiona las etiquetas de la redacción. Los nombres coinciden sin
importar mayúsculas, espacios ni puntuación (&quot;open ai&quot; es &quot;OpenAI&quot;). Todos los
artículos siguen un cambio de nombre o una fusión.

  list                  slug, tipo, número de artículos y nombre, separados por tabuladores
  rename ANTIGUA NUEVA  da a la etiqueta ANTIGUA el nombre NUEVA
  merge DESDE EN        pasa los artículos de cada etiqueta DESDE a EN y elimina DESDE

Opciones:
  --json           (list) imprimir una matriz JSON de objetos con name, slug, kind,
                   description, count y lastUsed (ISO 8601, UTC, o null)
  --database RUTA  usar la base de datos de RUTA
</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de órdenes</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (línea de órdenes)</translation>
    </message>
    <message>
        <source>tags %1: there is no tag called &apos;%2&apos;</source>
        <translation>tags %1: no hay ninguna etiqueta llamada &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Renamed &apos;%1&apos; to &apos;%2&apos;; stories changed: %3.</source>
        <translation>&apos;%1&apos; renombrada como &apos;%2&apos;; artículos cambiados: %3.</translation>
    </message>
    <message>
        <source>Merged into &apos;%1&apos;; stories changed: %2.</source>
        <translation>Fusionadas en &apos;%1&apos;; artículos cambiados: %2.</translation>
    </message>
    <message>
        <source>tags: unknown option &apos;%1&apos;</source>
        <translation>tags: opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tags: say what to do: list, rename or merge</source>
        <translation>tags: indique qué hacer: list, rename o merge</translation>
    </message>
    <message>
        <source>tags: unknown action &apos;%1&apos; (use list, rename or merge)</source>
        <translation>tags: acción desconocida &apos;%1&apos; (use list, rename o merge)</translation>
    </message>
    <message>
        <source>tags list: unexpected argument &apos;%1&apos;</source>
        <translation>tags list: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tags rename: name the tag and its new name: tags rename OLD NEW</source>
        <translation>tags rename: indique la etiqueta y su nombre nuevo: tags rename ANTIGUA NUEVA</translation>
    </message>
    <message>
        <source>tags merge: name at least one tag and the tag to merge it into</source>
        <translation>tags merge: indique al menos una etiqueta y la etiqueta con la que fusionarla</translation>
    </message>
    <message>
        <source>tags %1: --json only goes with list</source>
        <translation>tags %1: --json solo va con list</translation>
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
        <translation>Uso: copydesk targets add NOMBRE --kind wordpress|ninjs --url URL [--user USUARIO] [--database RUTA]
     copydesk targets list [--json] [--database RUTA]
     copydesk targets remove NOMBRE [--database RUTA]

Configura dónde se publican los artículos. La contraseña (contraseña de aplicación de
WordPress) o el token (token de portador de ninjs) se lee de la entrada estándar y se
guarda solo en el llavero del sistema, nunca en la base de datos; sin llavero no se
guarda nada.

Opciones:
  --kind TIPO      wordpress o ninjs
  --url URL        el sitio (WordPress) o el endpoint (ninjs); solo https://,
                   salvo http:// en este ordenador (127.0.0.1, localhost)
  --user USUARIO   el usuario de WordPress al que pertenece la contraseña de
                   aplicación
  --json           (list) una matriz JSON de objetos con name, kind, url, user, created
  --database RUTA  usar la base de datos de RUTA
</translation>
    </message>
    <message>
        <source>Password or token for &apos;%1&apos;: </source>
        <translation>Contraseña o token para &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>targets add: say what kind of target it is: --kind wordpress or --kind ninjs</source>
        <translation>targets add: indique qué tipo de destino es: --kind wordpress o --kind ninjs</translation>
    </message>
    <message>
        <source>targets add: unknown kind &apos;%1&apos; (use wordpress or ninjs)</source>
        <translation>targets add: tipo desconocido &apos;%1&apos; (use wordpress o ninjs)</translation>
    </message>
    <message>
        <source>targets add: give the address with --url https://...</source>
        <translation>targets add: indique la dirección con --url https://...</translation>
    </message>
    <message>
        <source>targets add: %1</source>
        <translation>targets add: %1</translation>
    </message>
    <message>
        <source>targets add: there is already a target called &apos;%1&apos;</source>
        <translation>targets add: ya hay un destino llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>targets add: no password or token on standard input; pipe it in, e.g. secret-tool lookup ... | copydesk targets add ...</source>
        <translation>targets add: no hay ninguna contraseña ni token en la entrada estándar; páselo por una tubería, p. ej. secret-tool lookup ... | copydesk targets add ...</translation>
    </message>
    <message>
        <source>(details: %1)</source>
        <translation>(detalles: %1)</translation>
    </message>
    <message>
        <source>Added %1 target &apos;%2&apos; at %3; its secret is in the system keychain.</source>
        <translation>Se añadió el destino %1 &apos;%2&apos; en %3; su secreto está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>targets remove: there is no target called &apos;%1&apos;</source>
        <translation>targets remove: no hay ningún destino llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>targets remove: %1 The target was kept.</source>
        <translation>targets remove: %1 Se conservó el destino.</translation>
    </message>
    <message>
        <source>Removed target &apos;%1&apos; and its secret.</source>
        <translation>Se quitaron el destino &apos;%1&apos; y su secreto.</translation>
    </message>
    <message>
        <source>targets: unknown option &apos;%1&apos;</source>
        <translation>targets: opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>targets: say what to do: add, list or remove</source>
        <translation>targets: indique qué hacer: add, list o remove</translation>
    </message>
    <message>
        <source>targets add: name the target: targets add NAME --kind ...</source>
        <translation>targets add: indique el nombre del destino: targets add NOMBRE --kind ...</translation>
    </message>
    <message>
        <source>targets add: unexpected argument &apos;%1&apos;</source>
        <translation>targets add: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>targets add: --json only goes with list</source>
        <translation>targets add: --json solo va con list</translation>
    </message>
    <message>
        <source>targets %1: --kind, --url and --user only go with add</source>
        <translation>targets %1: --kind, --url y --user solo van con add</translation>
    </message>
    <message>
        <source>targets list: unexpected argument &apos;%1&apos;</source>
        <translation>targets list: argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>targets remove: name one target</source>
        <translation>targets remove: indique un destino</translation>
    </message>
    <message>
        <source>targets remove: --json only goes with list</source>
        <translation>targets remove: --json solo va con list</translation>
    </message>
    <message>
        <source>targets: unknown action &apos;%1&apos; (use add, list or remove)</source>
        <translation>targets: acción desconocida &apos;%1&apos; (use add, list o remove)</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Remove target</source>
        <translation>Quitar el destino</translation>
    </message>
    <message>
        <source>Remove the target “%1” and its password? Copydesk forgets where its stories live there, so publishing to it again creates new posts.</source>
        <translation>¿Quitar el destino «%1» y su contraseña? Copydesk olvidará dónde están allí sus artículos, así que volver a publicar en él creará entradas nuevas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Publishing targets</source>
        <translation>Destinos de publicación</translation>
    </message>
    <message>
        <source>WordPress</source>
        <translation>WordPress</translation>
    </message>
    <message>
        <source>ninjs endpoint</source>
        <translation>Endpoint ninjs</translation>
    </message>
    <message>
        <source>https://example.com/</source>
        <translation>https://example.com/</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Contraseña o token</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Contraseña o token:</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>Nue&amp;vo</translation>
    </message>
    <message>
        <source>&amp;Save target</source>
        <translation>&amp;Guardar destino</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>WordPress application password</source>
        <translation>Contraseña de aplicación de WordPress</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token de portador (bearer)</translation>
    </message>
    <message>
        <source>Unchanged; type to replace it</source>
        <translation>Sin cambios; escriba para sustituirla</translation>
    </message>
    <message>
        <source>There is already a publishing target called “%1”.</source>
        <translation>Ya hay un destino de publicación llamado «%1».</translation>
    </message>
    <message>
        <source>Enter the password or token for “%1”; it is kept in the system keychain.</source>
        <translation>Introduzca la contraseña o el token de «%1»; se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Guardando la contraseña en el llavero…</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Se añadió «%1».</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>%1 The target was kept.</source>
        <translation>%1 Se conservó el destino.</translation>
    </message>
    <message>
        <source>Removed “%1” and its password.</source>
        <translation>Se quitaron «%1» y su contraseña.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicación</translation>
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
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln min de lectura</numerusform>
            <numerusform>%Ln min de lectura</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordPressEndpoint</name>
    <message>
        <source>%1 does not look like a WordPress site: it announces no REST API.</source>
        <translation>%1 no parece un sitio WordPress: no anuncia ninguna API REST.</translation>
    </message>
    <message>
        <source>Matching the section and tags…</source>
        <translation>Asignando la sección y las etiquetas…</translation>
    </message>
    <message>
        <source>Looking for the post an earlier attempt may have made…</source>
        <translation>Buscando la entrada que pudo crear un intento anterior…</translation>
    </message>
    <message>
        <source>The post was edited on the site since it was last published; publishing again would overwrite those changes.</source>
        <translation>La entrada se editó en el sitio después de la última publicación; volver a publicar sobrescribiría esos cambios.</translation>
    </message>
    <message>
        <source>Creating the draft…</source>
        <translation>Creando el borrador…</translation>
    </message>
    <message>
        <source>The site answered the new post without an id.</source>
        <translation>El sitio respondió a la nueva entrada sin un id.</translation>
    </message>
    <message>
        <source>Sending the story…</source>
        <translation>Enviando el artículo…</translation>
    </message>
    <message>
        <source>The site kept the post as &apos;%1&apos; instead of publishing it.</source>
        <translation>El sitio guardó la entrada como &apos;%1&apos; en lugar de publicarla.</translation>
    </message>
    <message>
        <source>Taking the post off the site…</source>
        <translation>Retirando la entrada del sitio…</translation>
    </message>
    <message>
        <source>The story was not on the site.</source>
        <translation>El artículo no estaba en el sitio.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>caption — credit</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Uploading the hero image…</source>
        <translation>Subiendo la imagen principal…</translation>
    </message>
    <message>
        <source>%1 announces its REST API on another server (%2); Copydesk does not send the credentials there. Give the REST API&apos;s address as the target&apos;s URL.</source>
        <translation>%1 anuncia su API REST en otro servidor (%2); Copydesk no envía allí las credenciales. Indique la dirección de la API REST como URL del destino.</translation>
    </message>
    <message>
        <source>The site answered the uploaded image without an id.</source>
        <translation>El sitio respondió a la imagen subida sin un identificador.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>“%1” does not apply to a story that is “%2”.</source>
        <extracomment>%1: what was asked (&quot;Approve&quot; or &quot;Ready&quot;); %2: the story&apos;s status (&quot;Draft&quot;)</extracomment>
        <translation>«%1» no se aplica a un artículo en estado «%2».</translation>
    </message>
    <message>
        <source>Only an editor may do this (“%1”).</source>
        <translation>Solo un editor puede hacer esto («%1»).</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>Cancelar la programación</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Despublicar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Say why the story goes back, so its writer knows what to change.</source>
        <translation>Indique por qué se devuelve el artículo, para que quien lo escribió sepa qué cambiar.</translation>
    </message>
    <message>
        <source>Set the time to publish the story before scheduling it.</source>
        <translation>Fije la hora de publicación del artículo antes de programarlo.</translation>
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
        <translation>Pasar el artículo a un editor para que lo revise</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Mark the story ready to publish</source>
        <translation>Marcar el artículo como listo para publicar</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>Return the story to its writer as a draft, with a note</source>
        <translation>Devolver el artículo a quien lo escribió como borrador, con una nota</translation>
    </message>
    <message>
        <source>Send &amp;Back…</source>
        <translation>De&amp;volver…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for Review</source>
        <translation>&amp;Enviar a revisión</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Story status</source>
        <translation>Estado del artículo</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>No story is open.</source>
        <translation>No hay ningún artículo abierto.</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>La base de datos es de solo lectura.</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>The story could not be moved on (“%1”).</source>
        <translation>No se pudo cambiar el estado del artículo («%1»).</translation>
    </message>
    <message>
        <source>Send Back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>What should the writer change? The note is kept in the story’s history.</source>
        <translation>¿Qué debe cambiar quien lo escribió? La nota se conserva en el historial del artículo.</translation>
    </message>
    <message>
        <source>Please say why the story goes back.</source>
        <translation>Indique por qué se devuelve el artículo.</translation>
    </message>
</context>
</TS>
