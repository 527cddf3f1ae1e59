// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishchecklist.h"

#include <QLocale>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <memory>

namespace {

using Severity = ChecklistItem::Severity;

struct ParserDeleter {
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct IterDeleter {
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};

ChecklistItem item(const char *check, Severity severity, const QString &title, const QString &message, int line = 0)
{
    return ChecklistItem{QLatin1StringView(check), severity, title, message, line};
}

// The words inside a link or an image, as a reader (or a screen reader) gets them.
QString textOf(cmark_node *node)
{
    QString text;
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(node));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(it.get());
        if (ev != CMARK_EVENT_ENTER || n == node)
            continue;
        const cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            text += QString::fromUtf8(cmark_node_get_literal(n));
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
            text += u' ';
        else if (type == CMARK_NODE_IMAGE)
            text += textOf(n); // a linked picture is named by its alt text
    }
    return text.trimmed();
}

// The node's own line where cmark-gfm records one, else the line of the block around it.
int lineOf(cmark_node *node)
{
    for (cmark_node *n = node; n; n = cmark_node_parent(n)) {
        if (cmark_node_get_start_line(n) > 0)
            return cmark_node_get_start_line(n);
    }
    return 0;
}

struct BodyProblems {
    QList<ChecklistItem> images;
    QList<ChecklistItem> links;
    int imageCount = 0;
    int linkCount = 0;
};

BodyProblems readBody(const QString &markdown)
{
    static const bool registered = (cmark_gfm_core_extensions_ensure_registered(), true);
    Q_UNUSED(registered);
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS));
    for (const char *name : {"table", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));

    BodyProblems found;
    std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(document.get()));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(it.get());
        const cmark_node_type type = cmark_node_get_type(n);
        const int line = lineOf(n);
        if (type == CMARK_NODE_IMAGE) {
            ++found.imageCount;
            if (textOf(n).isEmpty()) {
                found.images.append(
                    item("image-alt", Severity::Failure,
                         PublishChecklist::tr("Alt text of image %1").arg(QLocale().toString(found.imageCount)),
                         PublishChecklist::tr("Image %1 in the body (line %2) has no alt text. Describe what it shows "
                                              "between the brackets: ![what the picture shows](…).")
                             .arg(QLocale().toString(found.imageCount), QLocale().toString(line)),
                         line));
            }
        } else if (type == CMARK_NODE_LINK) {
            ++found.linkCount;
            const QString url = QString::fromUtf8(cmark_node_get_url(n)).trimmed();
            const QString text = textOf(n);
            if (url.isEmpty()) {
                found.links.append(item("links", Severity::Failure, PublishChecklist::tr("Link without address"),
                                        PublishChecklist::tr("The link “%1” on line %2 of the body has no address. "
                                                             "Put it between the parentheses, or remove the link.")
                                            .arg(text, QLocale().toString(line)),
                                        line));
            } else if (text.isEmpty()) {
                found.links.append(item("links", Severity::Failure, PublishChecklist::tr("Link without text"),
                                        PublishChecklist::tr("The link to %1 on line %2 of the body has no text, so "
                                                             "readers cannot see or click it. Write its words "
                                                             "between the brackets.")
                                            .arg(url, QLocale().toString(line)),
                                        line));
            }
        }
    }
    return found;
}

} // namespace

QList<ChecklistItem> PublishChecklist::check(const Article &article, const QDateTime &now, const QTimeZone &zone)
{
    QList<ChecklistItem> items;
    const QLocale locale;

    const QString headline = article.headline.trimmed();
    if (headline.isEmpty()) {
        items << item("headline", Severity::Failure, tr("Headline"), tr("The story has no headline. Write one."));
    } else if (headline.size() > ArticleLimits::headlineSoft) {
        items << item("headline", Severity::Warning, tr("Headline"),
                      tr("The headline is %1 characters; search results show about %2. Consider shortening it.")
                          .arg(locale.toString(headline.size()), locale.toString(ArticleLimits::headlineSoft)));
    } else {
        items << item("headline", Severity::Passed, tr("Headline"), tr("The story has a headline."));
    }

    items << (article.sectionId == 0
                  ? item("section", Severity::Failure, tr("Section"), tr("Choose the section the story belongs in."))
                  : item("section", Severity::Passed, tr("Section"), tr("The story has a section.")));

    items << (article.authorIds.isEmpty()
                  ? item("byline", Severity::Failure, tr("Byline"), tr("Add at least one author to the byline."))
                  : item("byline", Severity::Passed, tr("Byline"), tr("The story has a byline.")));

    items << (article.tagIds.isEmpty() ? item("tags", Severity::Failure, tr("Tags"),
                                              tr("Add at least one tag, so readers can find the story."))
                                       : item("tags", Severity::Passed, tr("Tags"), tr("The story has tags.")));

    const QString dek = article.dek.trimmed();
    if (!dek.isEmpty()) {
        items << (dek.size() > ArticleLimits::dekSoft
                      ? item("dek", Severity::Warning, tr("Dek"),
                             tr("The dek is %1 characters; keep it under %2, one or two sentences.")
                                 .arg(locale.toString(dek.size()), locale.toString(ArticleLimits::dekSoft)))
                      : item("dek", Severity::Passed, tr("Dek"), tr("The story has a dek.")));
    } else if (article.dekWaived) {
        items << item("dek", Severity::Passed, tr("Dek"), tr("No dek: waived by the desk."));
    } else {
        items << item("dek", Severity::Failure, tr("Dek"),
                      tr("Write a one- or two-sentence dek under the headline, or mark the story as going out "
                         "without one (waive the dek)."));
    }

    if (!article.hero) {
        items << item("hero", Severity::Warning, tr("Hero image"),
                      tr("The story has no hero image; it will go out "
                         "without a picture at the top."));
    } else if (article.hero->altText.trimmed().isEmpty()) {
        items << item("hero-alt", Severity::Failure, tr("Alt text of the hero image"),
                      tr("The hero image has no alt text. Describe what the picture shows in its Alt text field."));
    } else {
        items << item("hero-alt", Severity::Passed, tr("Alt text of the hero image"),
                      tr("The hero image has alt text."));
    }

    if (article.body.trimmed().isEmpty())
        items << item("body", Severity::Failure, tr("Body"), tr("The body is empty. Write the story."));
    const BodyProblems body = readBody(article.body);
    if (body.images.isEmpty() && body.imageCount > 0)
        items << item("image-alt", Severity::Passed, tr("Alt text of images in the body"),
                      tr("Every image in the body has alt text."));
    items << body.images;
    if (body.links.isEmpty() && body.linkCount > 0)
        items << item("links", Severity::Passed, tr("Links"), tr("Every link has text and an address."));
    items << body.links;

    if (article.scheduled.isValid()) {
        const QDateTime local = article.scheduled.toTimeZone(zone);
        const QString when =
            locale.toString(local, QLocale::ShortFormat) + u' ' + zone.displayName(local, QTimeZone::ShortName, locale);
        items << (article.scheduled <= now
                      ? item("schedule", Severity::Failure, tr("Scheduled time"),
                             tr("The scheduled time (%1) has passed. Set a time in the future, or clear it to "
                                "publish now.")
                                 .arg(when))
                      : item("schedule", Severity::Passed, tr("Scheduled time"),
                             tr("The story is scheduled for %1.").arg(when)));
    }
    return items;
}

bool PublishChecklist::blocks(const QList<ChecklistItem> &items)
{
    return std::any_of(items.cbegin(), items.cend(),
                       [](const ChecklistItem &i) { return i.severity == Severity::Failure; });
}

bool PublishChecklist::hasWarnings(const QList<ChecklistItem> &items)
{
    return std::any_of(items.cbegin(), items.cend(),
                       [](const ChecklistItem &i) { return i.severity == Severity::Warning; });
}

QList<ChecklistItem> PublishChecklist::problems(const QList<ChecklistItem> &items)
{
    QList<ChecklistItem> out;
    std::copy_if(items.cbegin(), items.cend(), std::back_inserter(out),
                 [](const ChecklistItem &i) { return i.severity != Severity::Passed; });
    return out;
}
