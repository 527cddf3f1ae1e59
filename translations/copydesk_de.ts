<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ArticleDetails</name>
    <message>
        <source>No section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change hero image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is published: its web address stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the headline until you edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hero image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an author…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the slug from the headline again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sche&amp;dule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at a set time (embargo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reported by …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a web address (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editorial notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the desk only; never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ateline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;yline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributi&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero &amp;image:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleFile</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not a list or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of names, each one plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with a time-zone offset, such as 2024-05-01T09:30:00+02:00: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no front matter: all of it became the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no front matter: its first heading became the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not valid YAML (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter must be &apos;key: value&apos; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a front-matter key must be a single word, not a list or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter could not be read in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown key &apos;%2&apos; kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter that starts here has no closing &apos;---&apos; line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleForm</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two sentences under the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dek length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story, in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, %2 over the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleRenderer</name>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reported by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>page title: headline — publication</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleTransfer</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hero_image data: URI has no &apos;,&apos; before its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hero_image data: URI is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hero_image data: URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the hero image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hero image %1 is not an image that Copydesk can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new section &apos;%1&apos; created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new tag &apos;%1&apos; created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no headline: the file name became the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another story already has the slug &apos;%1&apos; (remove the slug line or change it to import this file as a new story)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slug &apos;%1&apos; became &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no story with the slug &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hero_alt, hero_caption and hero_credit were left out: there is no hero_image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipField</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copydesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(details: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;copydesk --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the stories, newest change first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import article files and print their slugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one story to stdout as Markdown or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, rename and merge tags</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;copydesk COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorServices</name>
    <message>
        <source>That file cannot be the hero image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The word was added for now, but could not be kept for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk already has “%1”. Use it instead of “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag “%1” yet. Create it for every story to use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Hero Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file cannot be inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the image for readers who cannot see it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be stored with the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (use markdown or html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: name the slug of the story to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Import Article Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Article Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be imported; nothing of them was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a web address (https://…) or an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minor subhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor subhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block quote or pull quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizontal rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeroImageField</name>
    <message>
        <source>The file is empty, so it is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1; the largest a hero image can be is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an image (it looks like %1). Choose a PNG, JPEG, GIF or WebP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images cannot be shown on the site. Choose a PNG, JPEG, GIF or WebP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hero image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to choose an image; paste (%1) or drop one here; Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose hero image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste hero image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hero image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: what the image shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographer / agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capt&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images on this computer can be used; download the image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; the largest a hero image can be is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no image on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story cannot be published until the image has alt text.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: name at least one file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copydesk: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copydesk: %1 was imported before; not imported again (story &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, dialogs and messages use this language from the next start. How the preview shows dates is set by the publication&apos;s locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: unknown status &apos;%1&apos; (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the story now (it is also saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus on the Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim everything but the paragraph being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the story as the site will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Tag to the Selected Stories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a Tag from the Selected Stories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Tag Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %n story(ies):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %n story(ies):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The tag was not changed on the stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” added to %n story(ies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” removed from %n story(ies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stories tagged “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk[*]</source>
        <extracomment>The window title; %1 is the publication&apos;s name. [*] marks unsaved changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be saved. Your words are still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new story could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway and lose them, or go back to the story?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownBody</name>
    <message>
        <source>[Image not shown: the page shows only the article&apos;s own images.]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>No Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteConverter</name>
    <message>
        <source>This paste is larger than the %1 MB an article can hold, so nothing was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures can&apos;t be pasted into the text. Use Insert Image, or set the hero image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at a phone&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at a desktop&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleNewsroom</name>
    <message>
        <source>The sample newsroom could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>There is no spelling dictionary for “%1”. Install a hunspell dictionary for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs an upgrade, but no backup copy could be written next to it, so it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created, so the database cannot be opened there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database cannot be created in %1: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Copydesk database (it is not an SQLite file). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be opened. It was not changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Copydesk. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Copydesk. Update Copydesk to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of Copydesk, but it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s folder is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded to version %1; it was left at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only, so the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Nothing was written to it; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written (input/output error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the article and was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not carry out the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another story already has the web address “%1”. Choose another slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story was deleted, so it could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An author needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an author called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dictionary word needs a language and a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is no longer stored with the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That revision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a section called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no section called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the same tag as the existing “%2”; use that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag called “%1” (or with the same web address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tag already has the web address “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryListModel</name>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>The parts of a story&apos;s tooltip in the story list: status, section, update time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChipField</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManagerController</name>
    <message>
        <source>The tags were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” already exists; use it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “%1” covers, for the desk (not published):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n tag(s) into “%1”? %2 stories will carry “%1” instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change the kind of %n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)? They will be taken off %1 stories.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManagerDock</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;scribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagSuggestionBar</name>
    <message>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older near-duplicate of another tag: merge it into that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags %1: there is no tag called &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed &apos;%1&apos; to &apos;%2&apos;; stories changed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into &apos;%1&apos;; stories changed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: say what to do: list, rename or merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: unknown action &apos;%1&apos; (use list, rename or merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags list: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags rename: name the tag and its new name: tags rename OLD NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags merge: name at least one tag and the tag to merge it into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags %1: --json only goes with list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextStatistics</name>
    <message>
        <source> · </source>
        <extracomment>Separates the parts of the word count in the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
