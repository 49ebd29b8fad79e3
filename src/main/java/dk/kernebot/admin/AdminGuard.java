package dk.kernebot.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dk.kernebot.logs.LogText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door to {@code /admin/**}, for every admin endpoint there is or comes: before anything reads the body, the
 * client must not be blocked for failed attempts and must present the admin key; then the body may not be larger
 * than the admin limit, counted while it streams (a missing or false Content-Length does not help). Controllers
 * keep their own, smaller limits.
 */
@Component
class AdminGuard extends OncePerRequestFilter {

    static final String KEY_HEADER = "X-Admin-Key";
    private static final Logger log = LoggerFactory.getLogger(AdminGuard.class);

    private final AdminSettings settings;
    private final FailedAttempts attempts;

    AdminGuard(AdminSettings settings, FailedAttempts attempts) {
        this.settings = settings;
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/admin") || path.startsWith("/admin/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        Duration blocked = attempts.blockedFor(client);
        if (!blocked.isZero()) {
            log.warn("Admin request from {} refused: too many wrong keys, blocked for {} s more",
                    LogText.safe(client), blocked.toSeconds());
            response.setHeader("Retry-After", Long.toString(Math.max(1, blocked.toSeconds())));
            answer(response, 429, "Too many failed attempts; try again later");
            return;
        }
        if (!settings.accepts(request.getHeader(KEY_HEADER))) {
            attempts.failed(client);
            log.warn("Admin request from {} refused: {} {} with {}", LogText.safe(client), LogText.safe(request.getMethod()),
                    LogText.safe(request.getRequestURI()), request.getHeader(KEY_HEADER) == null ? "no key" : "a wrong key");
            answer(response, 401, "Admin key missing or wrong");
            return;
        }
        attempts.succeeded(client);
        if (request.getContentLengthLong() > settings.maxBodyBytes()) {
            answer(response, 413, "Request body too large");
            return;
        }
        chain.doFilter(new Bounded(request, settings.maxBodyBytes()), response);
    }

    private static void answer(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(("{\"error\":\"" + error + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** The request with a body that ends after one byte more than the limit, so the controller sees it is too large. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit + 1;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Capped(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Capped extends ServletInputStream {

        private final ServletInputStream in;
        private long left;

        Capped(ServletInputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return left <= 0 || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }

}
