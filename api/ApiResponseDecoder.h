#pragma once

#include "ApiResult.h"

#include <QByteArray>
#include <QCoreApplication>

// Turns a complete HTTP answer into an ApiResult: a 2xx JSON body becomes `value` (keys in
// snake_case, a Me API envelope unwrapped to its `data`), anything else an ApiError.
class ApiResponseDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ApiResponseDecoder)

public:
    static ApiResult decode(int httpStatus, const QByteArray &body,
                            const QByteArray &requestIdHeader = {});
};
