// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the story list at newsroom scale (issue 7). Not a test: it prints "name=value"
// lines (milliseconds unless the name says otherwise) for the note.
//   bench_storylist ARCHIVE.db          (make one first: copydesk-archivegen ARCHIVE.db)
// It never writes to the archive except the window's own autosave of the first story (none: it is
// closed unmodified).

#include "archivegenerator.h"
#include "articlerepository.h"
#include "articlesearch.h"
#include "authorrepository.h"
#include "database.h"
#include "mainwindow.h"
#include "sectionrepository.h"
#include "storyfilterbar.h"
#include "storylistmodel.h"
#include "tagrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {
QTextStream out(stdout);

void print(const QString &name, double value)
{
    out << name << '=' << QString::number(value, 'f', 2) << '\n';
    out.flush();
}

double cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// CPU time of the last ms() call: on a machine shared with others, wall time includes waiting
// for a core, which says more about the neighbours than about the query.
double lastCpu = 0;

template<typename Work> double ms(Work work)
{
    QElapsedTimer t;
    const double cpu = cpuNow();
    t.start();
    work();
    lastCpu = cpuNow() - cpu;
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

void printPercentiles(const QString &name, const QList<double> &values)
{
    print(name + u"_p50"_s, percentile(values, 0.50));
    print(name + u"_p95"_s, percentile(values, 0.95));
    print(name + u"_p99"_s, percentile(values, 0.99));
    print(name + u"_max"_s, percentile(values, 1.0));
}

double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const auto items = status.readAll().split('\n'); const QByteArray &line : items) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

[[noreturn]] void die(const StorageError &e)
{
    qFatal("storage error: %s", qPrintable(e.toLogString()));
}

// 1,000 queries, the same every run: common and rare words, two words, prefixes as typed,
// phrases and hostile input, in a newsroom's mix.
QStringList queries()
{
    const QStringList &words = ArchiveGenerator::vocabulary();
    QRandomGenerator random(42);
    const auto content = [&] { return words.at(40 + int(random.bounded(3000))); };
    const auto rare = [&] { return words.at(3000 + int(random.bounded(int(words.size()) - 3000))); };
    const QStringList hostile{u"\""_s,         u"*"_s,       u"NEAR("_s,    u"'; DROP TABLE articles; --"_s,
                              u"((budget"_s,   u"budget)"_s, u"body:tax"_s, u"\"unbalanced phrase"_s,
                              u"OR AND NOT"_s, u"^-+"_s};
    QStringList list;
    for (int i = 0; i < 1000; ++i) {
        const int kind = i % 20;
        if (kind < 7)
            list << content();
        else if (kind < 9)
            list << rare();
        else if (kind < 12)
            list << content() + u' ' + content();
        else if (kind < 15) {
            const QString w = content();
            list << w.left(std::max<qsizetype>(2, std::min<qsizetype>(w.size(), 2 + random.bounded(4))));
        } else if (kind < 17)
            list << u"\""_s + content() + u' ' + content() + u"\""_s;
        else if (kind < 18)
            list << content() + u' ' + rare();
        else
            list << hostile.at(int(random.bounded(int(hostile.size())))) + u' ' + content();
    }
    return list;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_storylist ARCHIVE.db (make it with copydesk-archivegen)\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    print(u"rss_start_mb"_s, residentMegabytes());

    std::unique_ptr<Database> db;
    print(u"open_database_ms"_s, ms([&] {
              auto opened = Database::open(path);
              if (!opened)
                  die(opened.error());
              db = std::move(opened).value();
          }));
    print(u"articles_count"_s, ArticleRepository(*db).count().value());

    // The story list as the window shows it: model, filter bar and view, shown and painted.
    {
        QWidget window;
        StoryListModel *model = nullptr;
        print(u"open_story_list_ms"_s, ms([&] {
                  model = new StoryListModel(*db, &window);
                  auto *bar = new StoryFilterBar(*db, model, &window);
                  auto *view = new QTreeView(&window);
                  view->setUniformRowHeights(true);
                  view->setModel(model);
                  bar->setListView(view);
                  model->reload();
                  window.resize(500, 900);
                  window.show();
                  QApplication::processEvents();
                  view->viewport()->repaint();
              }));
        print(u"scroll_page_at_row_50000_ms"_s, ms([&] { model->index(50000, 0).data(); }));
        print(u"scroll_page_at_row_99000_ms"_s, ms([&] { model->index(99000, 0).data(); }));
        print(u"scroll_next_page_ms"_s, ms([&] { model->index(50000 + StoryListModel::pageSize, 0).data(); }));

        // Filter changes: count and the first page, as the list needs to show them.
        const auto filter = [&](const QString &name, const ArticleQuery &q, const QString &words = {}) {
            print(u"filter_"_s + name + u"_ms"_s, ms([&] {
                      model->setSearch(words, q);
                      model->index(0, 0).data();
                  }));
        };
        ArticleQuery q;
        q.statuses = {ArticleStatus::InReview};
        filter(u"status_in_review"_s, q);
        q.statuses = {ArticleStatus::Published};
        filter(u"status_published"_s, q);
        q = {};
        q.sectionId = SectionRepository(*db).findByName(u"Business"_s).value().id;
        filter(u"section"_s, q);
        q = {};
        const auto tags = TagRepository(*db).usage().value();
        const auto popular = std::max_element(tags.cbegin(), tags.cend(), [](const TagUsage &a, const TagUsage &b) {
            return a.articleCount < b.articleCount;
        });
        q.tagId = popular->tag.id;
        filter(u"tag_popular"_s, q);
        q.tagId = tags.at(tags.size() / 2).tag.id;
        filter(u"tag_rare"_s, q);
        q = {};
        q.authorId = AuthorRepository(*db).list().value().at(10).id;
        filter(u"author"_s, q);
        q.statuses = {ArticleStatus::Published};
        filter(u"author_and_status"_s, q);
        q = {};
        q.sectionId = SectionRepository(*db).findByName(u"Business"_s).value().id;
        q.sort = ArticleQuery::Sort::Relevance;
        filter(u"section_and_search"_s, q, u"budget"_s);
        q = {};
        q.updatedFrom = QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::UTC);
        filter(u"updated_last_month"_s, q);
        filter(u"clear"_s, {});
        print(u"rss_story_list_mb"_s, residentMegabytes());
    }

    // Full-text search latency over 1,000 fixed queries.
    {
        ArticleSearch search(*db);
        ArticleQuery byRank;
        byRank.sort = ArticleQuery::Sort::Relevance;
        const QStringList list = queries();
        QList<double> top, snippets, counts, answers, topCpu, answersCpu;
        for (const QString &query : list) {
            QList<SearchHit> hits;
            top.append(ms([&] {
                auto found = search.search(query, byRank, 50, 0, false);
                if (!found)
                    qFatal("search failed: %s", qPrintable(query));
                hits = found.value();
            }));
            topCpu.append(lastCpu);
            // The snippets of one screen of results (the model reads them for visible rows).
            snippets.append(ms([&] {
                for (qsizetype i = 0; i < std::min<qsizetype>(15, hits.size()); ++i) {
                    if (!search.snippet(hits.at(i).summary.id, query))
                        qFatal("snippet failed: %s", qPrintable(query));
                }
            }));
            counts.append(ms([&] {
                if (!search.count(query))
                    qFatal("count failed: %s", qPrintable(query));
            }));
            // What StorySearch's worker does for each pause in typing.
            answers.append(ms([&] {
                if (!search.count(query, byRank) || !search.search(query, byRank, StoryListModel::pageSize, 0, false))
                    qFatal("list answer failed: %s", qPrintable(query));
            }));
            answersCpu.append(lastCpu);
        }
        printPercentiles(u"fts_top50_ranked"_s, top);
        printPercentiles(u"fts_top50_ranked_cpu"_s, topCpu);
        printPercentiles(u"fts_list_answer_cpu"_s, answersCpu);
        printPercentiles(u"fts_snippets_15_rows"_s, snippets);
        printPercentiles(u"fts_count"_s, counts);
        printPercentiles(u"fts_list_answer"_s, answers);
    }

    // The whole window, as the program opens it (story list, the first story in the editor and
    // the preview), until the event loop is idle.
    {
        std::unique_ptr<MainWindow> window;
        print(u"open_main_window_ms"_s, ms([&] {
                  window = std::make_unique<MainWindow>(*db);
                  window->show();
                  QApplication::processEvents();
              }));
        QTest::qWait(500);
        print(u"rss_main_window_mb"_s, residentMegabytes());
        window->setWindowModified(false);
    }
    return 0;
}
