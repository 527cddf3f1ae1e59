// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlediff.h"

#include <QCoreApplication>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ArticleDiff)
};

QString names(const QList<qint64> &ids, const QHash<qint64, QString> &known)
{
    QStringList list;
    for (qint64 id : ids)
        list.append(known.value(id, Tr::tr("(deleted #%1)").arg(id)));
    //: Between the names of a list in a diff: authors, tags
    return list.join(Tr::tr(", "));
}

QString section(qint64 id, const QHash<qint64, QString> &known)
{
    return id == 0 ? QString() : known.value(id, Tr::tr("(deleted #%1)").arg(id));
}
} // namespace

QList<FieldDiff> ArticleDiff::compare(const Article &before, const Article &after, const ArticleVocabulary &vocabulary)
{
    const HeroImage noHero;
    const HeroImage &heroBefore = before.hero ? *before.hero : noHero;
    const HeroImage &heroAfter = after.hero ? *after.hero : noHero;
    const std::initializer_list<std::tuple<QString, QString, QString>> fields = {
        {Tr::tr("Section"), section(before.sectionId, vocabulary.sections),
         section(after.sectionId, vocabulary.sections)},
        {Tr::tr("Headline"), before.headline, after.headline},
        {Tr::tr("Dek"), before.dek, after.dek},
        {Tr::tr("Byline"), names(before.authorIds, vocabulary.authors), names(after.authorIds, vocabulary.authors)},
        {Tr::tr("Dateline"), before.dateline, after.dateline},
        {Tr::tr("Hero image alt text"), heroBefore.altText, heroAfter.altText},
        {Tr::tr("Hero image caption"), heroBefore.caption, heroAfter.caption},
        {Tr::tr("Hero image credit"), heroBefore.credit, heroAfter.credit},
        {Tr::tr("Body"), before.body, after.body},
        {Tr::tr("Tags"), names(before.tagIds, vocabulary.tags), names(after.tagIds, vocabulary.tags)},
        {Tr::tr("Attribution"), before.attribution, after.attribution},
        {Tr::tr("Source URL"), before.sourceUrl, after.sourceUrl},
        {Tr::tr("Status"), statusDisplayName(before.status), statusDisplayName(after.status)},
        {Tr::tr("Notes"), before.notes, after.notes},
    };
    QList<FieldDiff> result;
    for (const auto &[label, was, is] : fields) {
        FieldDiff field;
        field.label = label;
        field.changed = was != is;
        field.segments = WordDiff::compare(was, is);
        result.append(field);
    }
    return result;
}
