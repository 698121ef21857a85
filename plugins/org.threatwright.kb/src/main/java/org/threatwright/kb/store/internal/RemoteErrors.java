package org.threatwright.kb.store.internal;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryException;
import org.threatwright.kb.store.StoreException;

/** Turns what Jena's HTTP layer throws into messages for a user, naming the server (never its credentials). */
final class RemoteErrors {

    private final String url;

    RemoteErrors(String url) {
        this.url = url;
    }

    RuntimeException translate(RuntimeException failure) {
        if (failure instanceof StoreException) {
            return failure;
        }
        if (failure instanceof HttpException http) {
            return fromHttp(http);
        }
        if (failure instanceof QueryException) {
            return new StoreException("the knowledge-base server at " + url + " refused the request: "
                    + failure.getMessage(), failure);
        }
        return new StoreException("the knowledge-base server at " + url + " failed: " + failure.getMessage(), failure);
    }

    private StoreException fromHttp(HttpException http) {
        int status = http.getStatusCode();
        if (status == 401) {
            return new StoreException("authentication failed at " + url + ": wrong user or password", http);
        }
        if (status == 403) {
            return new StoreException("access denied at " + url + ": the user may not use this dataset", http);
        }
        if (status == 404) {
            return new StoreException("no knowledge-base dataset at " + url + " (HTTP 404)", http);
        }
        if (status > 0) {
            return new StoreException("the knowledge-base server at " + url + " answered HTTP " + status + ": "
                    + firstLine(http.getResponse() != null ? http.getResponse() : http.getStatusLine()), http);
        }
        return new StoreException("cannot reach the knowledge-base server at " + url + ": " + networkProblem(http), http);
    }

    private static String networkProblem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof HttpConnectTimeoutException) {
                return "connection timed out";
            }
            if (cause instanceof HttpTimeoutException) {
                return "no answer in time";
            }
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return "unknown host";
            }
            if (cause.getCause() == null) {
                return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            }
        }
        return "network error";
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "(no message)";
        }
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
