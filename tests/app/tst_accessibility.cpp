// SPDX-License-Identifier: GPL-3.0-or-later
// Screen readers and keyboards: every control of the main window (with the tag manager open and
// the story's details shown) has a name a screen reader can say and a way to reach it by keyboard.
#include "mainwindow.h"
#include "previewpane.h"
#include "samplenewsroom.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

bool isInteractive(const QWidget *widget)
{
    // Parts of a composite control that a screen reader meets through the control itself: scroll
    // bars of a scroll area, the text box of a spin box or combo box, the header of a table.
    if (qobject_cast<const QScrollBar *>(widget))
        return false;
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent))
        return false;
    if (qobject_cast<const QHeaderView *>(widget) && qobject_cast<const QAbstractItemView *>(parent))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QTabBar *>(widget);
}

QString describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w; w = w->parentWidget())
        path.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    return path.join(u'/');
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

void collectMenuActions(const QList<QAction *> &actions, QSet<const QAction *> &into)
{
    for (QAction *action : actions) {
        into.insert(action);
        if (action->menu())
            collectMenuActions(action->menu()->actions(), into);
    }
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY(SampleNewsroom::seed(**m_db));
        m_window = std::make_unique<MainWindow>(**m_db);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Everything that can be shown is shown: the tag manager and the story's details.
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("tagManagerDock"));
        QVERIFY(dock);
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        auto *details = m_window->findChild<QToolButton *>(QStringLiteral("detailsToggle"));
        QVERIFY(details);
        if (!details->isChecked())
            QTest::mouseClick(details, Qt::LeftButton);
        QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("details"))->isVisible());
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void everyVisibleControlHasAnAccessibleName()
    {
        QStringList unnamed;
        int checked = 0;
        const auto widgets = m_window->findChildren<QWidget *>();
        QSet<const QWidget *> labelled;
        for (const auto labels = m_window->findChildren<QLabel *>(); const QLabel *label : labels) {
            if (label->buddy())
                labelled.insert(label->buddy());
        }
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || !isInteractive(widget))
                continue;
            ++checked;
            // On Linux a combo box's accessible name is its current text, which names the value,
            // not the field: it needs a name of its own or a label.
            const bool combo = qobject_cast<QComboBox *>(widget);
            if (combo ? widget->accessibleName().isEmpty() && !labelled.contains(widget)
                      : accessibleName(widget).isEmpty())
                unnamed << describe(widget);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"without an accessible name:\n  "_s + unnamed.join(u"\n  "_s)));
        // The walk saw the form, the list, the preview, the toolbars and the tag manager.
        QVERIFY2(checked > 30, qPrintable(QString::number(checked)));
    }

    void everyVisibleControlCanBeReachedByKeyboard()
    {
        // A control is reached by Tab, or it stands for an action that has a shortcut or a place
        // in the menu bar (toolbar buttons, which take no focus).
        QSet<const QAction *> inMenus;
        collectMenuActions(m_window->menuBar()->actions(), inMenus);
        // ... or in the context menu of a control that Tab reaches (the Menu key opens it).
        for (const auto items = m_window->findChildren<QWidget *>(); QWidget * widget : items) {
            if (widget->contextMenuPolicy() == Qt::ActionsContextMenu && (widget->focusPolicy() & Qt::TabFocus))
                collectMenuActions(widget->actions(), inMenus);
        }
        QStringList unreachable;
        const auto widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || !isInteractive(widget) || (widget->focusPolicy() & Qt::TabFocus))
                continue;
            const auto *button = qobject_cast<QToolButton *>(widget);
            const QAction *action = button ? button->defaultAction() : nullptr;
            if (action && (!action->shortcuts().isEmpty() || inMenus.contains(action)))
                continue;
            // Qt's own float and close buttons of a dock: the View menu shows and hides the dock.
            if (widget->objectName().startsWith(u"qt_dockwidget_"_s))
                continue;
            // A control that names its keyboard way (a chip's × is Backspace in the chip field).
            if (!widget->property("keyboardPath").toString().isEmpty())
                continue;
            unreachable << describe(widget);
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(u"not reachable by keyboard:\n  "_s + unreachable.join(u"\n  "_s)));
    }

    void everyMenuEntryHasAName()
    {
        QSet<const QAction *> inMenus;
        collectMenuActions(m_window->menuBar()->actions(), inMenus);
        QVERIFY(inMenus.size() > 10);
        for (const QAction *action : std::as_const(inMenus)) {
            if (!action->isSeparator())
                QVERIFY2(!action->text().trimmed().isEmpty(), qPrintable(action->objectName()));
        }
    }

    void theStoryReadsInAHighContrastScheme()
    {
        // White on black with yellow links, as a high-contrast desktop scheme gives them.
        QPalette contrast;
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
            contrast.setColor(role, Qt::black);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
            contrast.setColor(role, Qt::white);
        contrast.setColor(QPalette::Link, Qt::yellow);
        auto *preview = m_window->findChild<PreviewPane *>(u"preview"_s);
        QVERIFY(preview);
        m_window->setPalette(contrast);
        preview->refreshNow();
        // The page takes the scheme's colours: its words white, on black. A render started before
        // the palette changed may still land first, so wait for the page that has them.
        const auto page = [preview] { return preview->findChild<QTextBrowser *>()->document()->toHtml(); };
        QTRY_VERIFY2_WITH_TIMEOUT(page().contains(u"color:#ffffff"_s), qPrintable(page().left(2000)), 5000);
        const QString html = page();
        QVERIFY(!html.contains(u"color:#1a1a1a"_s)); // the light theme's ink
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
