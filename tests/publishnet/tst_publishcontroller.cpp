// SPDX-License-Identifier: GPL-3.0-or-later
// The window's Publish button against the real WordPress of the fixture: checklist first, target
// choice, Update once published, the remote link, a remote edit asks, unpublish, editors only.

#include "articleremoterepository.h"
#include "checklistdialog.h"
#include "publishcontroller.h"
#include "publishjobrepository.h"
#include "publishtargetrepository.h"
#include "publishtesthelpers.h"
#include "revisionhistory.h"
#include "userrepository.h"
#include "wordpressendpoint.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QUuid>

class TestPublishController : public QObject
{
    Q_OBJECT

private:
    struct Asked {
        QList<QStringList> targets;
        int chosen = 0;
        QStringList checklists; // the summary of each ChecklistDialog shown
        QList<bool> blocked; // whether that dialog had no Publish button
        bool acceptWarnings = true;
        QStringList overwrites;
        bool overwrite = true;
        QStringList failures;
    };

    WordPressSite m_site;

    QString uniqueSlug(const QString &base) { return base + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8); }

    qint64 addTarget(Database &db, const QString &name)
    {
        PublishTarget target;
        target.name = name;
        target.kind = PublishTargetKind::WordPress;
        target.endpoint = m_site.url;
        target.user = m_site.user;
        return TAKE(PublishTargetRepository(db).add(target)).id;
    }

    void wire(PublishController &controller, Asked &asked)
    {
        answerChecklistDialogs(&controller, asked);
        controller.setEndpointFactory([this](const PublishTarget &target, PublishQueue::EndpointDone done) {
            done(std::make_unique<WordPressEndpoint>(target.endpoint, target.user, m_site.password), QString(), false);
        });
        controller.setPrompts({
            [&asked](const QStringList &names) {
                asked.targets << names;
                return asked.chosen;
            },
            {}, // the real ChecklistDialog, answered by answerChecklistDialogs()
            [&asked](const QString &message) {
                asked.overwrites << message;
                return asked.overwrite;
            },
            [&asked](const QString &message) { asked.failures << message; },
        });
    }

    // Answers each ChecklistDialog the controller opens by pressing its buttons: Publish when
    // there is one and the test accepts warnings, otherwise Cancel/Close.
    void answerChecklistDialogs(QObject *context, Asked &asked)
    {
        auto *timer = new QTimer(context);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, context, [&asked] {
            auto *dialog = qobject_cast<ChecklistDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->property("answered").toBool())
                return;
            dialog->setProperty("answered", true);
            asked.checklists << dialog->summary();
            asked.blocked << (dialog->publishButton() == nullptr);
            QAbstractButton *button = dialog->publishButton();
            if (!button || !asked.acceptWarnings) {
                auto *box = dialog->findChild<QDialogButtonBox *>();
                button = box->button(button ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
            }
            QTest::mouseClick(button, Qt::LeftButton);
        });
        timer->start();
    }

    PublishOutcome triggerAndWait(PublishController &controller, QAction *action)
    {
        QSignalSpy finished(&controller, &PublishController::attemptFinished);
        action->trigger();
        if (!finished.wait(60000))
            return PublishOutcome::Failed;
        return finished.last().at(1).value<PublishOutcome>();
    }

private Q_SLOTS:
    void initTestCase() { m_site = WordPressSite::fromFixture(); }

    void publishThenUpdateShowsTheLinkAndUnpublishTakesItOff()
    {
        TestDatabase db;
        const QString slug = uniqueSlug(QStringLiteral("button"));
        Article article = makeSampleArticle(*db, slug);
        article.status = ArticleStatus::Ready; // approved: the workflow's own move to published
        TAKE(ArticleRepository(*db).update(article));
        TAKE(UserRepository(*db).ensure(QStringLiteral("ada"), QStringLiteral("Ada"))); // the desk's editor
        const qint64 target = addTarget(*db, QStringLiteral("Site"));
        QMainWindow window;
        PublishController controller(*db, nullptr, &window, [&] { return article.id; }, [] { return true; });
        controller.setActor([] { return QStringLiteral("ada"); });
        QSignalSpy statusChanged(&controller, &PublishController::articleStatusChanged);
        Asked asked;
        wire(controller, asked);
        controller.articleChanged();
        QCOMPARE(controller.publishAction()->text(), QStringLiteral("&Publish"));
        QVERIFY(!controller.unpublishAction()->isEnabled());
        QVERIFY(controller.remoteLink()->text().isEmpty());

        QCOMPARE(triggerAndWait(controller, controller.publishAction()), PublishOutcome::Succeeded);
        QVERIFY(asked.targets.isEmpty()); // one target: no question
        QCOMPARE(asked.blocked, QList<bool>{false}); // the checklist dialog came first, its Publish pressed
        QVERIFY(asked.failures.isEmpty());
        const auto remote = TAKE(ArticleRemoteRepository(*db).find(article.id, target));
        QVERIFY(remote.has_value());
        QCOMPARE(controller.publishAction()->text(), QStringLiteral("&Update"));
        QVERIFY(controller.unpublishAction()->isEnabled());
        QVERIFY2(controller.remoteLink()->text().contains(remote->url.toString()),
                 qPrintable(controller.remoteLink()->text()));
        QVERIFY(controller.remoteLink()->openExternalLinks());
        QVERIFY2(window.statusBar()->currentMessage().contains(remote->url.toString()),
                 qPrintable(window.statusBar()->currentMessage()));
        // The story's own status follows, as a status change in its history by the editor.
        const Article live = TAKE(ArticleRepository(*db).load(article.id));
        QCOMPARE(live.status, ArticleStatus::Published);
        QVERIFY(live.published.isValid());
        QCOMPARE(statusChanged.size(), 1);
        QCOMPARE(statusChanged.first().first().value<Article>().status, ArticleStatus::Published);
        const RevisionEntry latest = TAKE(RevisionHistory(*db).entries(article.id)).constFirst();
        QCOMPARE(latest.revision.who, QStringLiteral("ada"));
        QCOMPARE(latest.revision.statusFrom, std::optional(ArticleStatus::Ready));
        QCOMPARE(latest.revision.statusTo, std::optional(ArticleStatus::Published));

        // A remote edit: the desk is asked; yes overwrites the same post.
        QTest::qWait(1100);
        QVERIFY(m_site
                    .call("POST", QStringLiteral("wp/v2/posts/") + remote->remoteId, {},
                          QJsonObject{{QStringLiteral("title"), QStringLiteral("Edited on the site")}})
                    .ok());
        QSignalSpy finished(&controller, &PublishController::attemptFinished);
        controller.publishAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return finished.size() == 2; }, 60000));
        QCOMPARE(finished.at(0).at(1).value<PublishOutcome>(), PublishOutcome::Conflict);
        QCOMPARE(finished.at(1).at(1).value<PublishOutcome>(), PublishOutcome::Succeeded);
        QCOMPARE(asked.overwrites.size(), 1);
        QCOMPARE(m_site.postsWithSlug(slug).size(), 1);
        QCOMPARE(TAKE(ArticleRepository(*db).load(article.id)).status, ArticleStatus::Updated);
        QCOMPARE(TAKE(ArticleRepository(*db).load(article.id)).published, live.published);

        QCOMPARE(triggerAndWait(controller, controller.unpublishAction()), PublishOutcome::Succeeded);
        QCOMPARE(m_site.postsWithSlug(slug).at(0).toObject().value(u"status").toString(), QStringLiteral("draft"));
        QCOMPARE(TAKE(ArticleRepository(*db).load(article.id)).status, ArticleStatus::Unpublished);
        QCOMPARE(statusChanged.size(), 3);
    }

    void theChecklistComesFirstAndBlocks()
    {
        TestDatabase db;
        const QString slug = uniqueSlug(QStringLiteral("button-blocked"));
        Article article = makeSampleArticle(*db, slug);
        article.tagIds.clear();
        TAKE(ArticleRepository(*db).update(article));
        addTarget(*db, QStringLiteral("Site"));
        QMainWindow window;
        PublishController controller(*db, nullptr, &window, [&] { return article.id; }, [] { return true; });
        Asked asked;
        wire(controller, asked);
        controller.publishAction()->trigger();
        QCOMPARE(asked.checklists.size(), 1);
        QVERIFY(asked.blocked.first());
        QVERIFY2(!asked.checklists.first().isEmpty(), "the dialog says what is wrong");
        QVERIFY(TAKE(PublishJobRepository(*db).list(article.id)).isEmpty());
        QCOMPARE(m_site.postsWithSlug(slug).size(), 0);
        QCOMPARE(TAKE(ArticleRepository(*db).load(article.id)).status, ArticleStatus::Draft);
    }

    void severalTargetsAskWhereAndOnlyEditorsPublish()
    {
        TestDatabase db;
        const Article article = makeSampleArticle(*db, uniqueSlug(QStringLiteral("button-choice")));
        addTarget(*db, QStringLiteral("Main site"));
        addTarget(*db, QStringLiteral("Mirror"));
        QMainWindow window;
        PublishController controller(*db, nullptr, &window, [&] { return article.id; }, [] { return true; });
        Asked asked;
        wire(controller, asked);
        asked.chosen = -1; // the desk cancels the choice
        controller.publishAction()->trigger();
        QCOMPARE(asked.targets.size(), 1);
        QCOMPARE(asked.targets.first(), (QStringList{QStringLiteral("Main site"), QStringLiteral("Mirror")}));
        QVERIFY(TAKE(PublishJobRepository(*db).list(article.id)).isEmpty());

        controller.setMayPublish([] { return false; });
        controller.publishAction()->trigger();
        QCOMPARE(asked.failures.size(), 1);
        QVERIFY(asked.failures.first().contains(QStringLiteral("editor")));
        QCOMPARE(asked.targets.size(), 1);
    }
};

QTEST_MAIN(TestPublishController)
#include "tst_publishcontroller.moc"
