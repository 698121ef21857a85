package org.threatwright.kb.store.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.threatwright.kb.store.StoreException;

/**
 * Turns what Jena's HTTP layer throws into messages for a user, naming the server (never its credentials). Jena
 * wraps the same failure differently for queries ({@link QueryExceptionHTTP}) and for updates and the graph store
 * protocol ({@link HttpException}), so the whole cause chain is searched for the status and the network problem.
 */
final class RemoteErrors {

    private final String url;

    RemoteErrors(String url) {
        this.url = url;
    }

    RuntimeException translate(RuntimeException failure) {
        if (failure instanceof StoreException) {
            return failure;
        }
        int status = status(failure);
        if (status == 401) {
            return new StoreException("authentication failed at " + url + ": wrong user or password", failure);
        }
        if (status == 403) {
            return new StoreException("access denied at " + url + ": the user may not use this dataset", failure);
        }
        if (status == 404) {
            return new StoreException("no knowledge-base dataset at " + url + " (HTTP 404)", failure);
        }
        if (status > 0) {
            return new StoreException("the knowledge-base server at " + url + " answered HTTP " + status + ": "
                    + firstLine(response(failure)), failure);
        }
        String network = networkProblem(failure);
        if (network != null) {
            return new StoreException("cannot reach the knowledge-base server at " + url + ": " + network, failure);
        }
        return new StoreException("the knowledge-base server at " + url + " failed: " + failure.getMessage(), failure);
    }

    private static int status(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getStatusCode() > 0) {
                return http.getStatusCode();
            }
            if (cause instanceof QueryExceptionHTTP query && query.getStatusCode() > 0) {
                return query.getStatusCode();
            }
        }
        return -1;
    }

    private static String response(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http) {
                return http.getResponse() != null ? http.getResponse() : http.getStatusLine();
            }
            if (cause instanceof QueryExceptionHTTP query) {
                return query.getResponse() != null ? query.getResponse() : query.getResponseMessage();
            }
        }
        return failure.getMessage();
    }

    /** What went wrong on the network, or null when the failure is not a network one. */
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
            if (cause instanceof IOException io) {
                return io.getMessage() != null ? io.getMessage() : io.getClass().getSimpleName();
            }
        }
        return null;
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
