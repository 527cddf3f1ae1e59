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
        <source>the file is not valid UTF-8 text</source>
        <translation>el archivo no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>the front matter that starts here has no closing &apos;---&apos; line</source>
        <translation>a la cabecera (front matter) que empieza aquí le falta la línea &apos;---&apos; de cierre</translation>
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
        <source>Write one story to stdout as Markdown or HTML</source>
        <translation>Escribir un artículo en la salida estándar como Markdown o HTML</translation>
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
        <source>Usage: copydesk export [--format markdown|html] SLUG [--database PATH]

Writes the story with this slug to standard output.

Options:
  --format FORMAT  markdown (the default): an article file that &apos;copydesk import&apos;
                   reads back, with the hero image inside as a data: URI;
                   html: a standalone web page
  --database PATH  use the database at PATH
</source>
        <translation>Uso: copydesk export [--format markdown|html] SLUG [--database RUTA]

Escribe el artículo con este slug en la salida estándar.

Opciones:
  --format FORMATO  markdown (el predeterminado): un archivo de artículo que
                    &apos;copydesk import&apos; vuelve a leer, con la imagen principal dentro
                    como URI data:; html: una página web independiente
  --database RUTA   usar la base de datos de RUTA
</translation>
    </message>
    <message>
        <source>export: unknown option &apos;%1&apos;</source>
        <translation>export: opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (use markdown or html)</source>
        <translation>export: formato desconocido &apos;%1&apos; (use markdown o html)</translation>
    </message>
    <message>
        <source>export: name the slug of the story to export</source>
        <translation>export: indique el slug del artículo que quiere exportar</translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos;</source>
        <translation>export: argumento inesperado &apos;%1&apos;</translation>
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
        <source>Usage: copydesk list [--status STATUS] [--json] [--database PATH]

Lists the stories, newest change first: slug, status and headline, separated by tabs.

Options:
  --status STATUS  only stories with this status (%1)
  --json           print a JSON array of objects with slug, headline, status,
                   section and updated (ISO 8601, UTC)
  --database PATH  use the database at PATH
</source>
        <translation>Uso: copydesk list [--status ESTADO] [--json] [--database RUTA]

Lista los artículos, el último modificado primero: slug, estado y titular, separados por tabuladores.

Opciones:
  --status ESTADO  solo los artículos con este estado (%1)
  --json           imprimir una matriz JSON de objetos con slug, headline, status,
                   section y updated (ISO 8601, UTC)
  --database RUTA  usar la base de datos de RUTA
</translation>
    </message>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
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
        <translation>E&amp;tiquetas</translation>
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
</context>
<context>
    <name>MarkdownBody</name>
    <message>
        <source>[Image not shown: the page shows only the article&apos;s own images.]</source>
        <translation>[Imagen no mostrada: la página solo muestra las imágenes propias del artículo.]</translation>
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
</TS>
