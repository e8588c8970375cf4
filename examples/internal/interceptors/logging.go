package interceptors

import (
	"context"
	"log/slog"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"
)

// Logging logs every unary RPC with its duration and error.
func Logging(logger *slog.Logger) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		start := time.Now()
		ctx = context.WithValue(ctx, "request-id", requestID(ctx))
		resp, err := handler(ctx, req)
		logger.LogAttrs(ctx, levelFor(err), "rpc",
			slog.String("method", info.FullMethod),
			slog.Duration("took", time.Since(start)),
			slog.Any("err", err),
		)
		return resp, err
	}
}

// StreamLogging logs every streaming RPC when it ends.
func StreamLogging(logger *slog.Logger) grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		start := time.Now()
		err := handler(srv, ss)
		logger.LogAttrs(ss.Context(), levelFor(err), "stream",
			slog.String("method", info.FullMethod),
			slog.Duration("took", time.Since(start)),
			slog.Any("err", err),
		)
		return err
	}
}

func requestID(ctx context.Context) string {
	md, _ := metadata.FromIncomingContext(ctx)
	if ids := md.Get("x-request-id"); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

func levelFor(err error) slog.Level {
	if err != nil {
		return slog.LevelWarn
	}
	return slog.LevelInfo
}

// DebugLogging logs every request at debug level, when debug logging is on.
func DebugLogging(logger *slog.Logger) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if !logger.Enabled(ctx, slog.LevelDebug) {
			return nil, nil
		}
		logger.DebugContext(ctx, "rpc", slog.String("method", info.FullMethod), slog.Any("req", req))
		return handler(ctx, req)
	}
}
