// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

/// Why the store could not do what was asked. `message` is for the user (translated, no jargon);
/// `detail` is for the log (driver text, file paths, SQL error codes).
struct StorageError {
    enum class Kind {
        CannotCreate, ///< the database file or its folder cannot be created
        ReadOnly, ///< a write was attempted on a database opened read-only
        NotADatabase, ///< the file is not an SQLite database; it is left untouched
        NotCopydesk, ///< an SQLite database of some other program; left untouched
        Corrupt, ///< SQLite reports damage; the file is never overwritten
        TooNew, ///< written by a newer Copydesk; refused, left byte-identical
        MigrationFailed, ///< an upgrade step failed and was rolled back
        DiskFull,
        Busy, ///< another program holds a lock for too long
        NotFound,
        Conflict, ///< a unique value (slug, tag name, ...) is already taken
        Invalid, ///< the value breaks a rule of the article (e.g. headline too long)
        QueryFailed, ///< anything else the driver reported
    };

    Kind kind = Kind::QueryFailed;
    QString message;
    QString detail;

    /// "message (detail)" for the log and the command line's --verbose.
    QString toLogString() const;
};

/// A value or the StorageError that prevented it. Repositories return these and never throw,
/// log-and-continue or open dialogs.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(StorageError error)
        : m_value(std::move(error))
    { }

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_value); }
    const T &value() const & { return std::get<0>(m_value); }
    T &&value() && { return std::get<0>(std::move(m_value)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

    const StorageError &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, StorageError> m_value;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(StorageError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const StorageError &error() const { return *m_error; }

private:
    std::optional<StorageError> m_error;
};
