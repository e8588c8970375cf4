module github.com/acme/orders

go 1.22

require (
	connectrpc.com/connect v1.18.0
	google.golang.org/grpc v1.64.0
	google.golang.org/protobuf v1.34.1
)
