// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleform.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

class ArticleFormTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingAnArticleIsNotAnEdit()
    {
        ArticleForm form;
        QSignalSpy edited(&form, &ArticleForm::edited);
        form.setArticle(sample());
        QCOMPARE(edited.size(), 0);
        QVERIFY(!form.isModified());
        QCOMPARE(form.article(), sample());
        QCOMPARE(field<QLineEdit>(form, "headline")->text(), sample().headline);
        QCOMPARE(field<QLineEdit>(form, "dek")->text(), sample().dek);
        QCOMPARE(field<QPlainTextEdit>(form, "body")->toPlainText(), sample().body);
    }

    void typingChangesOnlyTheEditedFields()
    {
        ArticleForm form;
        form.setArticle(sample());
        QSignalSpy edited(&form, &ArticleForm::edited);

        auto *headline = field<QLineEdit>(form, "headline");
        headline->selectAll();
        QTest::keyClicks(headline, QStringLiteral("Quay reopens"));
        auto *body = field<QPlainTextEdit>(form, "body");
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral(" More."));

        QVERIFY(edited.size() > 0);
        QVERIFY(form.isModified());
        Article expected = sample();
        expected.headline = QStringLiteral("Quay reopens");
        expected.body += QStringLiteral(" More.");
        QCOMPARE(form.article(), expected);
    }

    void markSavedKeepsTheWordsAndClearsModified()
    {
        ArticleForm form;
        form.setArticle(sample());
        QTest::keyClicks(field<QLineEdit>(form, "dek"), QStringLiteral("!"));
        Article stored = form.article();
        stored.slug = QStringLiteral("stored-slug");
        form.markSaved(stored);
        QVERIFY(!form.isModified());
        QCOMPARE(form.article().slug, QStringLiteral("stored-slug"));
        QCOMPARE(form.article().dek, u'!' + sample().dek); // the cursor starts at the beginning
    }

    void aReadOnlyFormTakesNoTyping()
    {
        ArticleForm form;
        form.setArticle(sample());
        form.setReadOnly(true);
        QSignalSpy edited(&form, &ArticleForm::edited);
        QTest::keyClicks(field<QLineEdit>(form, "headline"), QStringLiteral("x"));
        QTest::keyClicks(field<QPlainTextEdit>(form, "body"), QStringLiteral("x"));
        QCOMPARE(edited.size(), 0);
        QCOMPARE(form.article(), sample());
    }

    void fieldsAreNamedForAssistiveTechnology()
    {
        ArticleForm form;
        for (const char *name : {"headline", "dek", "body"}) {
            QWidget *widget = form.findChild<QWidget *>(QLatin1StringView(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        QCOMPARE(field<QLineEdit>(form, "headline")->maxLength(), ArticleLimits::headlineHard);
    }

private:
    static Article sample()
    {
        Article article;
        article.id = 7;
        article.slug = QStringLiteral("harbour-fees");
        article.headline = QStringLiteral("Harbour fees rise");
        article.dek = QStringLiteral("Ships pay more from May.");
        article.body = QStringLiteral("First paragraph.\n\n## Subhead\n\nSecond.");
        article.tagIds = {3, 4};
        article.status = ArticleStatus::InReview;
        return article;
    }

    template<typename Widget> static Widget *field(ArticleForm &form, const char *name)
    {
        return form.findChild<Widget *>(QLatin1StringView(name));
    }
};

QTEST_MAIN(ArticleFormTest)
#include "tst_articleform.moc"
