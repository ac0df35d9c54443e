package io.mayorsdialogue.api.jdbc;

import java.io.IOException;
import java.net.Socket;
import java.nio.channels.SocketChannel;

/**
 * The sockets of the service's PostgreSQL connections (pgjdbc's {@code socketFactory}): a blocking
 * {@link SocketChannel}'s socket instead of {@code new Socket()}.
 * <p>
 * The JDK's {@code Socket} turns non-blocking for good the first time it waits with a timeout, which the driver's
 * connection does before it is handed out (its connect timeout; BlockingSocketsTest sees it on JDK 17 and 25). From
 * then on every read that finds no answer yet is three system calls: a read that fails, a {@code poll} that waits,
 * the read again, and every statement's answer is such a read. A channel's socket is non-blocking only during a timed operation (the connect, a
 * validation with a network timeout) and blocking again after it, so a read that waits is one system call, while a
 * timeout still bounds the connect and the validation.
 */
public class BlockingSockets extends UnconnectedSockets {

    @Override
    public Socket createSocket() throws IOException {
        return SocketChannel.open().socket();
    }
}
