package io.mayorsdialogue.api.support;

import io.mayorsdialogue.api.jdbc.UnconnectedSockets;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sockets the tests' PostgreSQL connections are made of (the test profile's {@code socketFactory}), counting the
 * writes a request makes to the database: each is a system call here and a wake-up there, so a message the driver
 * flushes on its own (a transaction's {@code BEGIN} before 42.7.13) costs nearly what a round trip does. The driver
 * buffers what it sends and writes the buffer when it flushes, so a write is one flush. Work outside a request is not
 * counted; see {@link PostgresRoundTrips#writesOf}.
 */
public final class CountingSockets extends UnconnectedSockets {

    static final AtomicLong WRITES = new AtomicLong();
    static volatile boolean counting;

    @Override
    public Socket createSocket() {
        return new Socket() {
            private OutputStream counted;

            @Override
            public synchronized OutputStream getOutputStream() throws IOException {
                if (counted == null) {
                    counted = new FilterOutputStream(super.getOutputStream()) {
                        @Override
                        public void write(byte[] bytes, int offset, int length) throws IOException {
                            if (counting && Requests.serving()) {
                                WRITES.incrementAndGet();
                            }
                            out.write(bytes, offset, length);
                        }
                    };
                }
                return counted;
            }
        };
    }
}
