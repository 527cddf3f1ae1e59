// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the tag manager at newsroom scale (issue 5): 50,000 tags on 100,000 article tags.
// Not a test: it prints milliseconds. Run: bench_tags [--keep DIR]

#include "articlerepository.h"
#include "database.h"
#include "tagcompletion.h"
#include "tagfilterproxy.h"
#include "tagrepository.h"
#include "tagsuggester.h"
#include "tagtablemodel.h"

#include <QApplication>
#include <QCompleter>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int tagCount = 50000;
constexpr int articleCount = 20000; // five tags each: 100,000 article_tags rows
constexpr int tagsPerArticle = 5;
constexpr int hotArticles = 5000;

QTextStream out(stdout);

QString word(QRandomGenerator &random)
{
    static const QStringList syllables{u"cli"_s, u"ma"_s,  u"te"_s, u"ro"_s, u"ban"_s, u"ka"_s, u"lo"_s,
                                       u"ne"_s,  u"sta"_s, u"vi"_s, u"qu"_s, u"ar"_s,  u"el"_s, u"on"_s};
    QString w;
    const int n = 2 + int(random.bounded(3));
    for (int i = 0; i < n; ++i)
        w += syllables.at(int(random.bounded(int(syllables.size()))));
    w[0] = w[0].toUpper();
    return w;
}

template<typename Work> double ms(Work work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

void report(const QString &what, double milliseconds)
{
    out << what.leftJustified(62) << QString::number(milliseconds, 'f', 2).rightJustified(10) << " ms\n";
    out.flush();
}

[[noreturn]] void die(const StorageError &e)
{
    qFatal("storage error: %s", qPrintable(e.toLogString()));
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"bench.db"_s));
    if (!opened)
        die(opened.error());
    Database &db = *opened.value();
    QRandomGenerator random(20261126);

    QList<qint64> tagIds;
    const double fill = ms([&] {
        auto done = db.inTransaction([&]() -> Result<void> {
            TagRepository tags(db);
            for (int i = 0; tagIds.size() < tagCount; ++i) {
                const QString name = u"%1 %2"_s.arg(word(random), word(random));
                auto tag = tags.add(Tag{0, name, {}, TagKind(i % 4)});
                if (tag)
                    tagIds.append(tag->id);
                else if (tag.error().kind != StorageError::Kind::Conflict)
                    return tag.error();
            }
            ArticleRepository articles(db);
            for (int i = 0; i < articleCount; ++i) {
                Article a;
                a.headline = u"Story %1"_s.arg(i);
                a.body = u"A short body."_s;
                // Tags 0 and 1 are each on 5,000 stories: the ones renamed and merged below.
                a.tagIds.append(tagIds.at(i < hotArticles ? 0 : (i < 2 * hotArticles ? 1 : 2 + i % 1000)));
                while (a.tagIds.size() < tagsPerArticle) {
                    const qint64 id = tagIds.at(2 + int(random.bounded(tagCount - 2)));
                    if (!a.tagIds.contains(id))
                        a.tagIds.append(id);
                }
                if (auto stored = articles.create(a); !stored)
                    return stored.error();
            }
            return {};
        });
        if (!done)
            die(done.error());
    });
    out << "Copydesk tag benchmark: " << tagCount << " tags, " << articleCount * tagsPerArticle << " article tags on "
        << articleCount << " stories\n";
    report(u"setup (not a budget)"_s, fill);

    report(u"TagRepository::usage() alone"_s, ms([&] { (void)TagRepository(db).usage(); }));
    TagTableModel model(db);
    report(u"TagRepository::usage() + model reload (dock opens)"_s, ms([&] { model.reload(); }));

    TagFilterProxy proxy(&model);
    report(u"sort the table by count (a header click)"_s,
           ms([&] { model.sort(TagTableModel::CountColumn, Qt::DescendingOrder); }));
    report(u"sort the table by name (a header click)"_s, ms([&] { model.sort(TagTableModel::NameColumn); }));
    const QString typed = u"Clima"_s;
    double worst = 0;
    for (int n = 1; n <= 4; ++n) {
        const double t = ms([&] {
            proxy.setFilterText(typed.left(n));
            (void)proxy.rowCount();
        });
        worst = std::max(worst, t);
        report(u"dock filter, typed \"%1\" (%2 rows shown)"_s.arg(typed.left(n)).arg(proxy.rowCount()), t);
    }
    report(u"dock filter, cleared (50,000 rows, sorted by name)"_s, ms([&] {
               proxy.setFilterText({});
               (void)proxy.rowCount(); // the mapping is rebuilt when first asked for
           }));

    // For comparison: a stock proxy with setFilterFixedString over the display role.
    QSortFilterProxyModel stock;
    stock.setSourceModel(&model);
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    stock.sort(TagTableModel::NameColumn);
    for (int n = 1; n <= 4; ++n) {
        report(u"stock QSortFilterProxyModel setFilterFixedString \"%1\""_s.arg(typed.left(n)),
               ms([&] { stock.setFilterFixedString(typed.left(n)); }));
    }

    // The chip field's completion today: a QCompleter over every name, prefix or substring.
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.usageAt(row).tag.name;
    QStringListModel nameModel(names);
    QCompleter completer;
    completer.setModel(&nameModel);
    completer.setCaseSensitivity(Qt::CaseInsensitive);
    completer.setFilterMode(Qt::MatchContains);
    for (int n = 1; n <= 4; ++n) {
        report(u"completion (QCompleter, contains) \"%1\""_s.arg(typed.left(n)), ms([&] {
                   completer.setCompletionPrefix(typed.left(n));
                   (void)completer.completionCount();
               }));
    }
    completer.setFilterMode(Qt::MatchStartsWith);
    for (int n = 1; n <= 4; ++n) {
        report(u"completion (QCompleter, prefix) \"%1\""_s.arg(typed.left(n)), ms([&] {
                   completer.setCompletionPrefix(typed.left(n));
                   (void)completer.completionCount();
               }));
    }

    // The chip field's completion with TagCompletion: word starts first, most used first.
    QList<TagCompletion::Entry> entries;
    QList<TagSuggester::Entry> suggestable;
    for (int row = 0; row < model.rowCount(); ++row) {
        const TagUsage &u = model.usageAt(row);
        entries.append({u.tag.id, u.tag.name, u.articleCount});
        suggestable.append({u.tag.id, u.tag.name});
    }
    TagCompletion completion;
    report(u"TagCompletion::setTags (once per vocabulary change)"_s, ms([&] { completion.setTags(entries); }));
    for (int n = 1; n <= 4; ++n) {
        report(u"completion (TagCompletion, 20 best) \"%1\""_s.arg(typed.left(n)),
               ms([&] { (void)completion.complete(typed.left(n)); }));
    }
    report(u"completion (TagCompletion), no match: every tag scanned"_s,
           ms([&] { (void)completion.complete(u"zzq"_s); }));
    TagSuggester suggester;
    report(u"TagSuggester::setTags"_s, ms([&] { suggester.setTags(suggestable); }));
    QString body;
    for (int i = 0; i < 10000; ++i)
        body += word(random) + (i % 12 == 11 ? u". "_s : u" "_s);
    report(u"suggestions for a 10,000-word story"_s, ms([&] { (void)suggester.suggest(body); }));

    TagRepository tags(db);
    report(u"rename a tag on 5,000 stories (one transaction, 5,000 revisions)"_s, ms([&] {
               if (auto r = tags.rename(tagIds.at(0), u"Renamed for the benchmark"_s, u"bench"_s); !r)
                   die(r.error());
           }));
    report(u"merge a tag on 5,000 stories into another on 5,000"_s, ms([&] {
               if (auto r = tags.merge({tagIds.at(1)}, tagIds.at(0), u"bench"_s); !r)
                   die(r.error());
           }));
    report(u"affectedArticles() for the confirmation"_s, ms([&] { (void)tags.affectedArticles(tagIds.at(0)); }));
    report(u"worst dock filter keystroke"_s, worst);
    return 0;
}
