package chorus.system;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;

/**
 * Makes a body over {@code micronaut.server.max-request-size} end in the 413 page and leave the
 * connection usable. Micronaut 4.10 refuses a body whose Content-Length is over the limit as soon
 * as the headers arrive, but then stops reading the connection without discarding the body (fixed
 * upstream only in Micronaut 5, micronaut-core#13243). So after a 413 the next request on the same
 * keep-alive connection waited behind the unread body until a timeout, and a client still sending
 * a large file had its write stall and then the connection reset, never seeing the page.
 * <p>
 * Such a request is handed on as one of unknown length (chunked), which is the path on which
 * Micronaut counts the bytes, refuses the body once it passes the limit and then reads and drops
 * the rest. The framing itself is unchanged: Netty's decoder has already read Content-Length.
 * Reading a refused body to its end costs only bandwidth, but not without bound: past
 * {@link #MOST_READ} bytes the connection is closed, as Tomcat does past its maxSwallowSize.
 */
@Singleton
class RefusedBodies implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    /** Big enough that someone who chose a 10 MB photo or spreadsheet by mistake still gets the 413 page. */
    static final long MOST_READ = 32L * 1024 * 1024;
    private static final String HANDLER = "chorus-refused-bodies";

    private final long limit;

    RefusedBodies(HttpServerConfiguration configuration) {
        this.limit = configuration.getMaxRequestSize();
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    private final class Customizer implements NettyServerCustomizer {
        private final Channel channel;

        Customizer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new Customizer(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel == null) {
                return;
            }
            ChannelPipeline pipeline = channel.pipeline();
            // HTTP/1 only: HTTP/2 has flow control of its own and Chorus does not offer it.
            if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
                    && pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null
                    && pipeline.get(HANDLER) == null) {
                pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, HANDLER, new Handler());
            }
        }
    }

    /** One per connection, so it needs no locking: Netty calls it on the connection's event loop. */
    private final class Handler extends ChannelInboundHandlerAdapter {
        private long bodyBytes;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (message instanceof HttpRequest request) {
                bodyBytes = 0;
                if (!(request instanceof FullHttpRequest) && declaredLength(request) > limit) {
                    request.headers().remove(HttpHeaderNames.CONTENT_LENGTH);
                    request.headers().set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
                }
            }
            if (message instanceof HttpContent content) {
                bodyBytes += content.content().readableBytes();
                if (bodyBytes > Math.max(MOST_READ, limit)) {
                    ReferenceCountUtil.release(message);
                    ctx.close();
                    return;
                }
            }
            ctx.fireChannelRead(message);
        }
    }

    private static long declaredLength(HttpRequest request) {
        String value = request.headers().get(HttpHeaderNames.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
