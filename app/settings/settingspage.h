// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

/// A page of the Settings dialog that stores its fields when the user presses OK or Apply.
/// Pages that change the whole newsroom are read-only for journalists.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Stores what the user changed; on failure tells the user why and returns false (the
    /// dialog then stays open on this page, with the words still in it).
    virtual bool apply() = 0;

protected:
    /// Shows a storage error for this page.
    void showError(const QString &what, const QString &why);
};
